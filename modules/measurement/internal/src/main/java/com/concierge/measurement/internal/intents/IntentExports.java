package com.concierge.measurement.internal.intents;

import com.concierge.measurement.api.IntentExport;
import com.concierge.measurement.api.IntentRecord;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Streams the intent records of conversations that started in a range of instants, as CSV or JSON Lines. */
@ApplicationScoped
public class IntentExports {

    static final int PAGE = 500;
    /** The CSV columns, one row per message (docs/intent-analytics.md). */
    static final List<String> COLUMNS = List.of("conversation", "started_at", "conversation_category", "signed_in", "turn", "at", "intent",
            "category", "text", "constraint_fields", "constraint_words", "uncovered_words", "shown_products", "sponsored_shown", "relaxations",
            "answered", "refused_topic", "added_to_cart_skus", "ordered_skus", "orders", "order_total_minor", "assisted", "returned");

    /** Columns holding the shopper's own words: a spreadsheet must not run them as formulas. */
    private static final java.util.Set<String> TYPED_BY_SHOPPERS = java.util.Set.of("text", "constraint_words", "uncovered_words");

    private final IntentRecords records;
    private final ObjectMapper json;

    IntentExports(IntentRecords records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    public IntentExport export(Instant from, Instant to, IntentExport.Format format) {
        return new IntentExport() {
            @Override
            public Format format() {
                return format;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                if (format == Format.CSV) {
                    writeCsv(from, to, out);
                } else {
                    writeJsonLines(from, to, out);
                }
            }
        };
    }

    private void writeJsonLines(Instant from, Instant to, OutputStream out) throws IOException {
        ObjectMapper lines = json.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        for (int page = 0; ; page++) {
            List<IntentRecord> batch = page(from, to, page);
            for (IntentRecord record : batch) {
                out.write(lines.writeValueAsBytes(record));
                out.write('\n');
            }
            if (batch.size() < PAGE) {
                break;
            }
        }
        out.flush();
    }

    private void writeCsv(Instant from, Instant to, OutputStream out) throws IOException {
        CsvMapper csv = new CsvMapper();
        csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter writer = csv.writer(schema.build()).writeValues(out)) {
            for (int page = 0; ; page++) {
                List<IntentRecord> batch = page(from, to, page);
                for (IntentRecord record : batch) {
                    for (Map<String, Object> row : rows(record)) {
                        writer.write(row);
                    }
                }
                if (batch.size() < PAGE) {
                    break;
                }
            }
        }
        out.flush();
    }

    private List<IntentRecord> page(Instant from, Instant to, int page) {
        return QuarkusTransaction.requiringNew().call(() -> records.of(ConversationFacts
                .<ConversationFacts>find("startedAt >= ?1 and startedAt < ?2 order by startedAt, id", from, to).page(Page.of(page, PAGE)).list()));
    }

    /** A cell a spreadsheet shows as text: one starting like a formula gets a leading apostrophe. */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** One row per message (a conversation without messages still gets one), the outcome repeated on each. */
    static List<Map<String, Object>> rows(IntentRecord record) {
        String added = record.cartAdds().stream().map(IntentRecord.CartAdd::sku).distinct().collect(Collectors.joining("|"));
        String ordered = record.orders().stream().flatMap(o -> o.skus().stream()).distinct().collect(Collectors.joining("|"));
        long total = record.orders().stream().filter(o -> o.cancelledAt() == null).mapToLong(IntentRecord.Order::totalMinor).sum();
        boolean assisted = record.orders().stream().anyMatch(IntentRecord.Order::assisted);
        boolean returned = record.orders().stream().anyMatch(o -> o.returnedAt() != null);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<IntentRecord.Message> messages = record.messages().isEmpty() ? java.util.Collections.singletonList(null) : record.messages();
        for (IntentRecord.Message m : messages) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("conversation", record.conversation());
            row.put("started_at", record.startedAt());
            row.put("conversation_category", record.category());
            row.put("signed_in", record.signedIn());
            row.put("turn", m == null ? null : m.turn());
            row.put("at", m == null ? null : m.at());
            row.put("intent", m == null ? null : m.intent());
            row.put("category", m == null ? null : m.category());
            row.put("text", m == null ? null : m.text());
            row.put("constraint_fields", m == null ? null : String.join("|", m.constraintFields()));
            row.put("constraint_words", m == null ? null : String.join("|", m.constraintWords()));
            row.put("uncovered_words", m == null ? null : String.join("|", m.uncoveredWords()));
            row.put("shown_products", m == null ? null : m.shown().stream().map(s -> s.product().toString()).collect(Collectors.joining("|")));
            row.put("sponsored_shown", m == null ? null : m.shown().stream().filter(IntentRecord.Shown::sponsored).count());
            row.put("relaxations", m == null ? null : m.relaxations());
            row.put("answered", m == null ? null : m.answered());
            row.put("refused_topic", m == null ? null : m.refusedTopic());
            row.put("added_to_cart_skus", added);
            row.put("ordered_skus", ordered);
            row.put("orders", record.orders().size());
            row.put("order_total_minor", total);
            row.put("assisted", assisted);
            row.put("returned", returned);
            row.replaceAll((k, v) -> v == null ? "" : TYPED_BY_SHOPPERS.contains(k) ? inert(v.toString()) : v.toString());
            rows.add(row);
        }
        return rows;
    }
}
