package com.concierge.catalog.internal.imports;

import com.concierge.catalog.api.NewProduct;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.InvalidAttributeValueException;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.catalog.api.imports.RowProblem.Reason;
import com.concierge.catalog.internal.StoredValue;
import com.concierge.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks raw rows against the categories' attribute schemas. A row with any problem is refused
 * whole and every one of its problems is reported; the other rows are accepted, so nothing valid
 * is lost to a bad neighbour. Rows sharing a {@code product} handle are variants of one product:
 * the first row states the product, later rows may leave its columns blank or repeat them.
 */
final class ImportValidator {

    /** Columns with a fixed meaning; {@code option:*} columns are variant options, any other is an attribute. */
    static final Set<String> FIELDS = Set.of("product", "sku", "category", "title", "brand", "description", "price", "currency", "stock",
            "bullets", "images", "who_for", "who_not_for", "boundaries", "rating", "review_count");
    private static final int MAX_STOCK = 1_000_000_000;
    private static final int MAX_LIST_ITEMS = 20;
    private static final int MAX_ITEM_LENGTH = 500;

    /** @param report for the caller; @param accepted the rows to upsert, in file order */
    record Result(ImportReport report, List<VariantDraft> accepted) {
    }

    private record FirstRow(long row, ProductDraft product, boolean accepted) {
    }

    private final Map<String, List<AttributeDefinition>> schemas;

    /** @param schemas attribute definitions by category key */
    ImportValidator(Map<String, List<AttributeDefinition>> schemas) {
        this.schemas = Map.copyOf(schemas);
    }

    Result check(List<RawRow> rows) {
        List<VariantDraft> accepted = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Long> firstRowOfSku = new HashMap<>();
        Map<String, FirstRow> firstRowOfProduct = new HashMap<>();
        for (RawRow row : rows) {
            List<RowProblem> found = new ArrayList<>();
            String sku = row.get("sku");
            String handle = blankToNull(row.get("product")) == null ? sku : row.get("product");
            FirstRow first = handle == null ? null : firstRowOfProduct.get(handle);
            VariantDraft draft = check(row, handle, first, found);
            if (sku != null && !sku.isEmpty()) {
                Long earlier = firstRowOfSku.putIfAbsent(sku, row.row());
                if (earlier != null) {
                    found.add(new RowProblem(row.row(), sku, "sku", Reason.DUPLICATE_SKU, "SKU " + sku + " is also on row " + earlier));
                }
            }
            if (first == null) {
                if (handle != null) {
                    firstRowOfProduct.put(handle, new FirstRow(row.row(), found.isEmpty() ? draft.product() : null, found.isEmpty()));
                }
            } else if (!first.accepted()) {
                found.add(new RowProblem(row.row(), sku, "product", Reason.CONFLICTS_WITH_PRODUCT,
                        "the first row of product " + handle + " (row " + first.row() + ") was refused"));
            } else if (found.isEmpty()) {
                for (String field : draft.product().conflictsWith(first.product())) {
                    found.add(new RowProblem(row.row(), sku, field, Reason.CONFLICTS_WITH_PRODUCT,
                            field + " differs from row " + first.row() + " of product " + handle));
                }
                draft = new VariantDraft(draft.row(), draft.sku(), draft.options(), draft.price(), draft.stock(), first.product());
            }
            if (found.isEmpty()) {
                accepted.add(draft);
            } else {
                problems.addAll(found);
            }
        }
        return new Result(new ImportReport(rows.size(), accepted.stream().map(VariantDraft::sku).toList(), problems), accepted);
    }

    /** @param first the product's first row, null when this is it (then everything required must be stated) */
    private VariantDraft check(RawRow row, String handle, FirstRow first, List<RowProblem> problems) {
        boolean primary = first == null;
        String sku = text(row, "sku", NewProduct.SKU_MAX, true, problems);
        Problems report = (field, reason, message) -> problems.add(new RowProblem(row.row(), sku, field, reason, message));
        if (handle != null && handle.length() > NewProduct.SKU_MAX) {
            report.add("product", Reason.TOO_LONG, "product is longer than " + NewProduct.SKU_MAX + " characters");
        }
        String title = text(row, "title", NewProduct.TITLE_MAX, primary, problems);
        String brand = text(row, "brand", NewProduct.BRAND_MAX, primary, problems);
        String description = text(row, "description", NewProduct.DESCRIPTION_MAX, false, problems);
        String whoFor = text(row, "who_for", 1000, false, problems);
        String whoNotFor = text(row, "who_not_for", 1000, false, problems);
        List<String> bullets = list(row, "bullets", report);
        List<String> images = list(row, "images", report);
        if (images != null) {
            images.stream().filter(image -> !ImportValidator.safeImage(image)).findFirst().ifPresent(image -> report.add("images", Reason.UNSAFE_URL,
                    "an image is an http(s) address or a path on this site, not '" + (image.length() > 60 ? image.substring(0, 60) + "…" : image) + "'"));
        }
        List<String> boundaries = list(row, "boundaries", report);
        BigDecimal rating = rating(row, report);
        Integer reviewCount = wholeNumber(row, "review_count", report);
        Money price = price(row, report);
        Integer stock = wholeNumber(row, "stock", report);
        String category = text(row, "category", 64, primary, problems);
        Map<String, StoredValue> attributes = new LinkedHashMap<>();
        String schemaKey = category != null || primary || first.product() == null ? category : first.product().category();
        if (schemaKey != null) {
            List<AttributeDefinition> schema = schemas.get(schemaKey);
            if (schema == null) {
                report.add("category", Reason.UNKNOWN_CATEGORY, "'" + category + "' is not a category; known: "
                        + String.join(", ", schemas.keySet().stream().sorted().toList()));
            } else {
                attributes(row, schema, primary, attributes, report);
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        row.fields().forEach((field, value) -> {
            if (field.startsWith("option:") && value != null && !value.isBlank()) {
                options.put(field.substring("option:".length()).strip(), value.strip());
            }
        });
        ProductDraft product = new ProductDraft(handle, category, title, brand, primary && description == null ? "" : description,
                primary && bullets == null ? List.of() : bullets, primary && images == null ? List.of() : images, whoFor, whoNotFor,
                primary && boundaries == null ? List.of() : boundaries, attributes, rating, primary && reviewCount == null ? Integer.valueOf(0) : reviewCount);
        return new VariantDraft(row.row(), sku, options, price, stock == null ? 0 : stock, product);
    }

    private void attributes(RawRow row, List<AttributeDefinition> schema, boolean primary, Map<String, StoredValue> values, Problems report) {
        Map<String, AttributeDefinition> byKey = new HashMap<>();
        for (AttributeDefinition definition : schema) {
            byKey.put(definition.key(), definition);
            String raw = row.get(definition.key());
            if (!primary && (raw == null || raw.isEmpty())) {
                continue; // a later variant row inherits the product's attributes
            }
            try {
                definition.check(raw).ifPresent(value -> values.put(definition.key(), StoredValue.of(value, raw)));
            } catch (InvalidAttributeValueException e) {
                report.add(definition.key(), Reason.valueOf(e.reason().name()), e.getMessage().substring(definition.key().length() + 2));
            }
        }
        row.fields().forEach((field, value) -> {
            if (!FIELDS.contains(field) && !field.startsWith("option:") && !byKey.containsKey(field) && value != null && !value.isBlank()) {
                report.add(field, Reason.UNKNOWN_ATTRIBUTE, "'" + field + "' is not an attribute of this category");
            }
        });
    }

    /** "a | b | c" (CSV) or a JSON array, already joined with '|' by the reader. */
    private static List<String> list(RawRow row, String field, Problems report) {
        String value = row.get(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        List<String> items = Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.size() > MAX_LIST_ITEMS) {
            report.add(field, Reason.TOO_LONG, field + " has " + items.size() + " items; at most " + MAX_LIST_ITEMS);
        } else if (items.stream().anyMatch(item -> item.length() > MAX_ITEM_LENGTH)) {
            report.add(field, Reason.TOO_LONG, "an item of " + field + " is longer than " + MAX_ITEM_LENGTH + " characters");
        }
        return items;
    }

    private static BigDecimal rating(RawRow row, Problems report) {
        String value = row.get("rating");
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal rating = new BigDecimal(value);
            if (rating.compareTo(BigDecimal.ONE) < 0 || rating.compareTo(BigDecimal.valueOf(5)) > 0 || rating.scale() > 2) {
                report.add("rating", Reason.INVALID_RATING, "rating must be 1–5 with at most 2 decimals, not " + value);
                return null;
            }
            return rating;
        } catch (NumberFormatException e) {
            report.add("rating", Reason.INVALID_RATING, "rating '" + value + "' is not a number");
            return null;
        }
    }

    private static Money price(RawRow row, Problems report) {
        String amount = row.get("price");
        String currency = row.get("currency");
        if (amount == null || amount.isEmpty()) {
            report.add("price", Reason.MISSING_REQUIRED, "price is required");
            return null;
        }
        if (currency == null || currency.isEmpty()) {
            report.add("currency", Reason.MISSING_REQUIRED, "currency is required");
            return null;
        }
        try {
            Money price = Money.parse(amount, currency);
            if (price.minorUnits() < 0) {
                report.add("price", Reason.MALFORMED_PRICE, "price must not be negative");
            }
            return price;
        } catch (IllegalArgumentException e) {
            boolean currencyProblem = e.getMessage().startsWith("currency");
            report.add(currencyProblem ? "currency" : "price", currencyProblem ? Reason.INVALID_CURRENCY : Reason.MALFORMED_PRICE, e.getMessage());
            return null;
        }
    }

    private static Integer wholeNumber(RawRow row, String field, Problems report) {
        String value = row.get(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Reason reason = field.equals("stock") ? Reason.INVALID_STOCK : Reason.NOT_A_NUMBER;
        try {
            int units = Integer.parseInt(value);
            if (units < 0 || units > MAX_STOCK) {
                report.add(field, reason, field + " must be between 0 and " + MAX_STOCK + ", not " + value);
            }
            return units;
        } catch (NumberFormatException e) {
            report.add(field, reason, field + " '" + value + "' is not a whole number");
            return null;
        }
    }

    private static String text(RawRow row, String field, int maxLength, boolean required, List<RowProblem> problems) {
        String value = row.get(field);
        String sku = blankToNull(row.get("sku"));
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(new RowProblem(row.row(), sku, field, Reason.MISSING_REQUIRED, field + " is required"));
            }
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(new RowProblem(row.row(), sku, field, Reason.TOO_LONG, field + " is longer than " + maxLength + " characters"));
        }
        int broken = com.concierge.catalog.api.RequiredText.brokenAt(value);
        if (broken >= 0) {
            problems.add(new RowProblem(row.row(), sku, field, Reason.NOT_TEXT, field + " has a character that is not text at position " + (broken + 1)));
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @FunctionalInterface
    private interface Problems {
        void add(String field, Reason reason, String message);
    }

    /**
     * Whether an image reference is one a page may show: an http(s) address or a path on this site.
     * Anything else ({@code javascript:}, {@code data:}, {@code //other.host}) is refused, so an import
     * can never put script into the storefront's image tags.
     */
    static boolean safeImage(String image) {
        String value = image.strip();
        if (value.startsWith("/")) {
            return !value.startsWith("//");
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
