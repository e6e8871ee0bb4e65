package com.concierge.catalog.internal.demo;

import com.concierge.catalog.api.CategoryDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The demo store: about 400 products in 12 categories, generated from per-category templates with
 * a fixed seed, so every run (and every machine) gets the same catalog. Specs hang together
 * (a 1,500 W blender is loud, a big basket draws more power, ceramic knives are hard and light),
 * prices follow the specs, and ratings come from the generated reviews. {@link #products(int)}
 * scales the same templates to any size for benchmarks.
 */
public final class DemoCatalog {

    public static final long SEED = 20_261_122L;
    /** Products per main category in the demo store; accessory categories get fewer. */
    static final int PER_CATEGORY = 36;

    /** One row of the import format (docs/catalog-import.md): column → text. */
    public record Row(Map<String, String> columns) {
    }

    /** A generated review: consumed by the reviews part of the catalog. */
    public record Review(String productHandle, String sku, int rating, String title, String text, LocalDate date, boolean verified,
                         String author) {
    }

    /** A generated question and answer about a product. */
    public record Qa(String productHandle, String question, String answer, String source, LocalDate answeredOn) {
    }

    /** A generated compatibility edge between two products, by handle. */
    public record Link(String from, String relation, String to, String note) {
    }

    /** Everything generated: rows to import, Q&A, links, reviews. */
    public record Content(List<Row> rows, List<Qa> qa, List<Link> links, List<Review> reviews) {
    }

    public static List<CategoryDefinition> categories() {
        return DemoSchemas.all();
    }

    /** The demo store. */
    public static Content demo() {
        return generate(PER_CATEGORY);
    }

    /**
     * {@code count} products over the ten main categories (for benchmarks), rows only.
     */
    public static List<Row> products(int count) {
        List<Row> rows = new ArrayList<>();
        int perCategory = (count + Templates.MAIN.size() - 1) / Templates.MAIN.size();
        int made = 0;
        for (Templates.Template template : Templates.MAIN) {
            Random random = new Random(SEED + template.category().hashCode());
            for (int i = 0; i < perCategory && made < count; i++, made++) {
                Templates.Spec spec = template.make(random, i);
                rows.add(firstVariantOnly(spec, template, i));
            }
        }
        return rows;
    }

    private static Row firstVariantOnly(Templates.Spec spec, Templates.Template template, int index) {
        List<Row> rows = new ArrayList<>();
        emit(spec, template, index, rows::add);
        return rows.get(0);
    }

    static Content generate(int perCategory) {
        List<Row> rows = new ArrayList<>();
        List<Qa> qa = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        Map<String, List<Templates.Spec>> byCategory = new LinkedHashMap<>();
        for (Templates.Template template : Templates.ALL) {
            Random random = new Random(SEED + template.category().hashCode());
            int count = template.accessory() ? perCategory * 2 / 3 : perCategory;
            List<Templates.Spec> specs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Templates.Spec spec = template.make(random, i);
                specs.add(spec);
                List<Review> mine = Reviews.of(spec, random);
                reviews.addAll(mine);
                spec.rating = mine.stream().mapToInt(Review::rating).average().orElse(0);
                spec.reviewCount = mine.size();
                emit(spec, template, i, rows::add);
                spec.questions.forEach(q -> qa.add(new Qa(spec.handle, q[0], q[1], q[2],
                        LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)))));
            }
            byCategory.put(template.category(), specs);
        }
        links.addAll(Links.between(byCategory));
        return new Content(rows, qa, links, reviews);
    }

    /** One row per variant; product columns on the first row only (later rows inherit them). */
    private static void emit(Templates.Spec spec, Templates.Template template, int index, Consumer<Row> out) {
        for (int v = 0; v < spec.variants.size(); v++) {
            Templates.VariantSpec variant = spec.variants.get(v);
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("product", spec.handle);
            columns.put("sku", variant.sku());
            columns.put("category", template.category());
            columns.put("price", variant.price().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            columns.put("currency", "USD");
            columns.put("stock", Integer.toString(variant.stock()));
            variant.options().forEach((name, value) -> columns.put("option:" + name, value));
            if (v == 0) {
                columns.put("title", spec.title);
                columns.put("brand", spec.brand);
                columns.put("description", spec.description);
                columns.put("bullets", String.join(" | ", spec.bullets));
                columns.put("images", "/images/demo/" + template.category() + ".svg");
                columns.put("who_for", spec.whoFor);
                columns.put("who_not_for", spec.whoNotFor);
                columns.put("boundaries", String.join(" | ", spec.boundaries));
                if (spec.reviewCount > 0) {
                    columns.put("rating", BigDecimal.valueOf(spec.rating).setScale(2, RoundingMode.HALF_EVEN).toPlainString());
                    columns.put("review_count", Integer.toString(spec.reviewCount));
                }
                columns.putAll(spec.attributes);
            }
            out.accept(new Row(columns));
        }
    }

    /** The demo's reviews as one CSV file in the reviews import format (a {@code product} column holds the handle). */
    public static String reviewsCsv(List<Review> reviews) {
        List<Row> rows = new ArrayList<>(reviews.size());
        for (Review review : reviews) {
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("product", review.productHandle());
            columns.put("variant", review.sku());
            columns.put("rating", Integer.toString(review.rating()));
            columns.put("title", review.title());
            columns.put("text", review.text());
            columns.put("date", review.date().toString());
            columns.put("verified", review.verified() ? "yes" : "no");
            columns.put("author", review.author());
            rows.add(new Row(columns));
        }
        return csv(rows);
    }

    /** The rows as one CSV file (header = union of columns in first-seen order). */
    public static String csv(List<Row> rows) {
        List<String> header = new ArrayList<>();
        for (Row row : rows) {
            row.columns().keySet().forEach(column -> {
                if (!header.contains(column)) {
                    header.add(column);
                }
            });
        }
        StringBuilder csv = new StringBuilder(rows.size() * 400);
        csv.append(String.join(",", header)).append('\n');
        for (Row row : rows) {
            for (int i = 0; i < header.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                String value = row.columns().get(header.get(i));
                if (value != null) {
                    csv.append(quote(value));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
