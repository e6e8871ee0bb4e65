package com.concierge.catalog.internal.guides;

import com.concierge.catalog.api.guides.Guide;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.catalog.api.imports.RowProblem.Reason;
import com.concierge.kernel.files.TableFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads guide import rows (docs/postpurchase.md#importing-guides): one row per step, grouped by the
 * {@code guide} column; the guide's own fields (kind, title, categories, products, symptoms, safety,
 * otherwise) on any of its rows, the same wherever they are repeated. Pure: the caller says which
 * categories exist and which product a handle or id names.
 */
public final class GuideRows {

    /** The columns a guide file may have; any other column is refused, so a typo is never silently ignored. */
    public static final List<String> COLUMNS = List.of("guide", "kind", "title", "categories", "products", "symptoms", "safety",
            "otherwise", "step", "text", "fix");
    private static final List<String> GUIDE_FIELDS = List.of("kind", "title", "categories", "products", "symptoms", "safety", "otherwise");

    /** The guides every one of whose rows passed, in file order, and the problems of the rest. */
    public record Result(List<Guide> guides, List<RowProblem> problems) {
    }

    private final Predicate<String> categoryExists;
    private final Function<String, Optional<UUID>> product;

    /**
     * @param categoryExists whether a category key is known
     * @param product        the product a handle or id names
     */
    public GuideRows(Predicate<String> categoryExists, Function<String, Optional<UUID>> product) {
        this.categoryExists = categoryExists;
        this.product = product;
    }

    public Result read(List<TableFile.Row> rows) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, List<TableFile.Row>> byGuide = new LinkedHashMap<>();
        for (TableFile.Row row : rows) {
            List<String> unknown = row.fields().keySet().stream().filter(c -> !COLUMNS.contains(c.strip().toLowerCase(Locale.ROOT))).toList();
            String id = row.get("guide");
            if (!unknown.isEmpty()) {
                problems.add(new RowProblem(row.number(), id, unknown.get(0), Reason.NOT_ALLOWED,
                        "unknown column " + unknown + "; a guide file has " + String.join(", ", COLUMNS)));
            } else if (id == null || id.isEmpty()) {
                problems.add(new RowProblem(row.number(), null, "guide", Reason.MISSING_REQUIRED, "guide (the guide's id) is required on every row"));
            } else {
                byGuide.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            }
        }
        List<Guide> guides = new ArrayList<>();
        byGuide.forEach((id, guideRows) -> {
            List<RowProblem> found = new ArrayList<>();
            Optional<Guide> guide = guide(id, guideRows, found);
            guide.ifPresent(guides::add);
            if (guide.isEmpty() && found.isEmpty()) {
                throw new IllegalStateException("guide " + id + " was refused without a reason");
            }
            problems.addAll(found);
        });
        problems.sort(java.util.Comparator.comparingLong(RowProblem::row));
        return new Result(guides, problems);
    }

    private Optional<Guide> guide(String id, List<TableFile.Row> rows, List<RowProblem> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Long> givenOn = new LinkedHashMap<>();
        for (TableFile.Row row : rows) {
            for (String field : GUIDE_FIELDS) {
                String value = row.get(field);
                if (value == null || value.isEmpty()) {
                    continue;
                }
                String before = fields.putIfAbsent(field, value);
                givenOn.putIfAbsent(field, row.number());
                if (before != null && !before.equals(value)) {
                    problems.add(new RowProblem(row.number(), id, field, Reason.CONFLICTS_WITHIN_GUIDE, field + " is '" + value
                            + "' here but '" + before + "' on row " + givenOn.get(field) + "; say it once, or the same on every row"));
                }
            }
        }
        long first = rows.get(0).number();
        Guide.Kind kind = null;
        try {
            kind = Guide.Kind.parse(fields.get("kind"));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(givenOn.getOrDefault("kind", first), id, "kind",
                    fields.get("kind") == null ? Reason.MISSING_REQUIRED : Reason.NOT_ALLOWED, e.getMessage()));
        }
        Set<String> categories = new LinkedHashSet<>();
        for (String key : list(fields.get("categories"))) {
            if (categoryExists.test(key)) {
                categories.add(key);
            } else {
                problems.add(new RowProblem(givenOn.get("categories"), id, "categories", Reason.UNKNOWN_CATEGORY, "no category '" + key + "'"));
            }
        }
        Set<UUID> products = new LinkedHashSet<>();
        for (String named : list(fields.get("products"))) {
            Optional<UUID> found = product.apply(named);
            if (found.isPresent()) {
                products.add(found.get());
            } else {
                problems.add(new RowProblem(givenOn.get("products"), id, "products", Reason.UNKNOWN_PRODUCT,
                        "no product with the handle or id '" + named + "'"));
            }
        }
        Boolean safety = Boolean.FALSE;
        String saidSafety = fields.get("safety");
        if (saidSafety != null) {
            safety = switch (saidSafety.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> null;
            };
            if (safety == null) {
                problems.add(new RowProblem(givenOn.get("safety"), id, "safety", Reason.NOT_A_BOOLEAN, "safety is '" + saidSafety + "'; write true or false"));
            }
        }
        Guide.Otherwise otherwise = null;
        if (fields.get("otherwise") != null) {
            try {
                otherwise = Guide.Otherwise.parse(fields.get("otherwise"));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(givenOn.get("otherwise"), id, "otherwise", Reason.NOT_ALLOWED, e.getMessage()));
            }
        }
        List<Guide.Step> steps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableFile.Row row = rows.get(i);
            String number = row.get("step");
            int at = i + 1;
            if (number != null && !number.isEmpty()) {
                try {
                    at = Integer.parseInt(number);
                } catch (NumberFormatException e) {
                    problems.add(new RowProblem(row.number(), id, "step", Reason.NOT_A_NUMBER, "step is '" + number + "'; write 1, 2, 3, ..."));
                    continue;
                }
                if (at != i + 1) {
                    problems.add(new RowProblem(row.number(), id, "step", Reason.NOT_ALLOWED, "this is the guide's row " + (i + 1)
                            + " but says step " + at + "; a guide's rows are its steps in order, from 1"));
                    continue;
                }
            }
            try {
                steps.add(new Guide.Step(at, row.get("text"), row.get("fix")));
            } catch (IllegalArgumentException e) {
                String text = row.get("text");
                problems.add(new RowProblem(row.number(), id, text == null || text.isEmpty() ? "text" : "fix",
                        text == null || text.isEmpty() ? Reason.MISSING_REQUIRED : Reason.TOO_LONG, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Guide(id, kind, products, categories, fields.get("title"), list(fields.get("symptoms")), safety, steps,
                    otherwise, null));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(first, id, "guide", Reason.INVALID_GUIDE, e.getMessage()));
            return Optional.empty();
        }
    }

    /** "a | b | c" (the JSON form's arrays read the same way). */
    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
