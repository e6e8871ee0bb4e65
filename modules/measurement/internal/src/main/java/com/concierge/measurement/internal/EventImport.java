package com.concierge.measurement.internal;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.catalog.api.events.ProductPublished;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.checkout.api.events.OrderPaid;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.checkout.api.events.OrderDelivered;
import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.postpurchase.api.events.DataQualityTicketOpened;
import com.concierge.postpurchase.api.events.RefundIssued;
import com.concierge.postpurchase.api.events.ReturnReceived;
import com.concierge.postpurchase.api.events.ReturnRequested;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.measurement.api.IngestReport;
import com.concierge.reviews.api.events.ReviewsChanged;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Reads events as JSON Lines, one {@code {"eventType": "OrderPlaced", "payload": {...}}} per line
 * (the shape of the event log, so a log exported elsewhere can be replayed), and records them in
 * batches of {@link #BATCH}, each batch one transaction. A line that does not read as an event is
 * reported with its number and skipped; a batch the database refuses is retried one event at a
 * time, so one bad event costs only itself.
 */
@ApplicationScoped
class EventImport {

    static final int BATCH = 2_000;
    private static final Logger LOG = Logger.getLogger(EventImport.class);

    /** Every event type measurement consumes, by the name the event log gives it. */
    static final Map<String, Class<? extends IntegrationEvent>> TYPES = Map.ofEntries(
            Map.entry("AssistantTurnTaken", AssistantTurnTaken.class),
            Map.entry("ShopperInteracted", ShopperInteracted.class),
            Map.entry("CartLineAdded", CartLineAdded.class),
            Map.entry("OrderPlaced", OrderPlaced.class),
            Map.entry("OrderPaid", OrderPaid.class),
            Map.entry("OrderCancelled", OrderCancelled.class),
            Map.entry("OrderRefunded", OrderRefunded.class),
            Map.entry("OrderDelivered", OrderDelivered.class),
            Map.entry("ReturnRequested", ReturnRequested.class),
            Map.entry("ReturnReceived", ReturnReceived.class),
            Map.entry("RefundIssued", RefundIssued.class),
            Map.entry("DataQualityTicketOpened", DataQualityTicketOpened.class),
            Map.entry("ReminderSent", com.concierge.postpurchase.api.events.ReminderSent.class),
            Map.entry("ProductPublished", ProductPublished.class),
            Map.entry("ReviewsChanged", ReviewsChanged.class));

    private final EventIntake intake;
    private final ObjectMapper json;
    /** Per event type, a reader that refuses fields the event does not have. */
    private final Map<String, ObjectReader> strictReaders;

    EventImport(EventIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
        this.strictReaders = TYPES.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> json.readerFor(e.getValue()).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
    }

    IngestReport ingest(BufferedReader lines) {
        Progress progress = new Progress();
        List<Numbered> pending = new ArrayList<>(BATCH);
        long number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                progress.lines++;
                try {
                    pending.add(new Numbered(number, read(line)));
                } catch (IllegalArgumentException e) {
                    progress.reject(number, e.getMessage());
                }
                if (pending.size() == BATCH) {
                    record(pending, progress);
                    pending.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the events stopped at line " + number + ": " + e.getMessage(), e);
        }
        record(pending, progress);
        return new IngestReport(progress.lines, progress.recorded, progress.lines - progress.recorded - progress.rejected,
                progress.rejected, progress.rejections);
    }

    /** Records events already made (the demo store's simulated history), in the same batches as a file's lines. */
    IngestReport ingest(List<IntegrationEvent> events) {
        Progress progress = new Progress();
        List<Numbered> pending = new ArrayList<>(BATCH);
        long number = 0;
        for (IntegrationEvent event : events) {
            progress.lines++;
            pending.add(new Numbered(++number, new ReadEvent(event, null)));
            if (pending.size() == BATCH) {
                record(pending, progress);
                pending.clear();
            }
        }
        record(pending, progress);
        return new IngestReport(progress.lines, progress.recorded, progress.lines - progress.recorded - progress.rejected,
                progress.rejected, progress.rejections);
    }

    /**
     * The event on one line. The usual shape, {@code eventType} first and the payload an object
     * holding only the event's fields, each once, is bound straight from the parser, and the
     * payload's text is kept for the event log. Anything else (fields in another order, a payload as
     * a string, unknown fields, an error) goes through {@link #readAnyShape}, which also words the
     * errors; the log then writes the event as bound, so no unknown field reaches it.
     */
    private ReadEvent read(String line) {
        try (JsonParser parser = json.createParser(line)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && "eventType".equals(parser.currentName()) && parser.nextToken() == JsonToken.VALUE_STRING) {
                ObjectReader reader = strictReaders.get(parser.getText());
                if (reader != null && parser.nextToken() == JsonToken.FIELD_NAME && "payload".equals(parser.currentName())
                        && parser.nextToken() == JsonToken.START_OBJECT) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    IntegrationEvent event = reader.readValue(parser);
                    int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
                    if (parser.nextToken() == JsonToken.END_OBJECT && parser.nextToken() == null && event.eventId() != null
                            && event.occurredAt() != null) {
                        return new ReadEvent(event, line.substring(start, end));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not the usual shape or not valid: the general reading below says what is wrong
        }
        return new ReadEvent(readAnyShape(line), null);
    }

    private IntegrationEvent readAnyShape(String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String type = node.path("eventType").asText("");
        Class<? extends IntegrationEvent> eventClass = TYPES.get(type);
        if (eventClass == null) {
            throw new IllegalArgumentException("eventType '" + type + "' is not one of " + TYPES.keySet().stream().sorted().toList());
        }
        JsonNode payload = node.path("payload");
        try {
            if (payload.isTextual()) {
                payload = json.readTree(payload.asText());
            }
            if (payload == null || !payload.isObject()) {
                throw new IllegalArgumentException("payload must be the event as a JSON object");
            }
            IntegrationEvent event = json.treeToValue(payload, eventClass);
            if (event.eventId() == null || event.occurredAt() == null) {
                throw new IllegalArgumentException("eventId and occurredAt are required");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload is not a " + type + ": " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("payload is not a " + type + ": " + e.getMessage());
        }
    }

    private void record(List<Numbered> batch, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            progress.recorded += QuarkusTransaction.requiringNew().call(() -> intake.recordRead(batch.stream().map(Numbered::event).toList()));
        } catch (RuntimeException batchFailed) {
            LOG.warnf("A batch of %d events failed (%s); recording them one at a time", batch.size(), batchFailed.toString());
            for (Numbered one : batch) {
                try {
                    progress.recorded += QuarkusTransaction.requiringNew().call(() -> intake.recordRead(List.of(one.event())));
                } catch (RuntimeException e) {
                    progress.reject(one.line(), "not recorded: " + rootMessage(e));
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private record Numbered(long line, ReadEvent event) {
    }

    private static final class Progress {
        long lines;
        long recorded;
        long rejected;
        final List<IngestReport.Rejection> rejections = new ArrayList<>();

        void reject(long line, String error) {
            rejected++;
            if (rejections.size() < IngestReport.MAX_LISTED) {
                rejections.add(new IngestReport.Rejection(line, error));
            }
        }
    }
}
