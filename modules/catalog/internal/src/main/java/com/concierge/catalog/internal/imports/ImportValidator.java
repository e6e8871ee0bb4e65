package com.concierge.catalog.internal.imports;

import com.concierge.catalog.api.NewProduct;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeValue;
import com.concierge.catalog.api.attributes.InvalidAttributeValueException;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.catalog.api.imports.RowProblem.Reason;
import com.concierge.kernel.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks raw rows against the categories' attribute schemas. A row with any problem is refused
 * whole and every one of its problems is reported; the other rows are accepted, so nothing valid
 * is lost to a bad neighbour.
 */
final class ImportValidator {

    /** Columns with a fixed meaning; {@code option:*} columns are variant options, any other is an attribute. */
    static final Set<String> FIELDS = Set.of("product", "sku", "category", "title", "brand", "description", "price", "currency", "stock");
    private static final int MAX_STOCK = 1_000_000_000;

    /** @param report for the caller; @param accepted the rows to upsert, in file order */
    record Result(ImportReport report, List<VariantDraft> accepted) {
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
        for (RawRow row : rows) {
            List<RowProblem> found = new ArrayList<>();
            VariantDraft draft = check(row, found);
            String sku = row.get("sku");
            if (sku != null && !sku.isEmpty()) {
                Long first = firstRowOfSku.putIfAbsent(sku, row.row());
                if (first != null) {
                    found.add(new RowProblem(row.row(), sku, "sku", Reason.DUPLICATE_SKU, "SKU " + sku + " is also on row " + first));
                }
            }
            if (found.isEmpty()) {
                accepted.add(draft);
            } else {
                problems.addAll(found);
            }
        }
        return new Result(new ImportReport(rows.size(), accepted.stream().map(VariantDraft::sku).toList(), problems), accepted);
    }

    private VariantDraft check(RawRow row, List<RowProblem> problems) {
        String sku = text(row, "sku", NewProduct.SKU_MAX, true, problems);
        Problems report = (field, reason, message) -> problems.add(new RowProblem(row.row(), sku, field, reason, message));
        String title = text(row, "title", NewProduct.TITLE_MAX, true, problems);
        String brand = text(row, "brand", NewProduct.BRAND_MAX, true, problems);
        String description = text(row, "description", NewProduct.DESCRIPTION_MAX, false, problems);
        Money price = price(row, report);
        int stock = stock(row, report);
        String category = text(row, "category", 64, true, problems);
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        if (category != null) {
            List<AttributeDefinition> schema = schemas.get(category);
            if (schema == null) {
                report.add("category", Reason.UNKNOWN_CATEGORY, "'" + category + "' is not a category; known: "
                        + String.join(", ", schemas.keySet().stream().sorted().toList()));
            } else {
                attributes(row, schema, attributes, report);
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        row.fields().forEach((field, value) -> {
            if (field.startsWith("option:") && value != null && !value.isBlank()) {
                options.put(field.substring("option:".length()).strip(), value.strip());
            }
        });
        String product = row.get("product");
        return new VariantDraft(row.row(), product == null || product.isEmpty() ? sku : product, sku, category, title, brand,
                description == null ? "" : description, price, stock, options, attributes);
    }

    private void attributes(RawRow row, List<AttributeDefinition> schema, Map<String, AttributeValue> values, Problems report) {
        Map<String, AttributeDefinition> byKey = new HashMap<>();
        for (AttributeDefinition definition : schema) {
            byKey.put(definition.key(), definition);
            try {
                definition.check(row.get(definition.key())).ifPresent(value -> values.put(definition.key(), value));
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

    private static int stock(RawRow row, Problems report) {
        String stock = row.get("stock");
        if (stock == null || stock.isEmpty()) {
            return 0;
        }
        try {
            int units = Integer.parseInt(stock);
            if (units < 0 || units > MAX_STOCK) {
                report.add("stock", Reason.INVALID_STOCK, "stock must be between 0 and " + MAX_STOCK + ", not " + stock);
            }
            return units;
        } catch (NumberFormatException e) {
            report.add("stock", Reason.INVALID_STOCK, "stock '" + stock + "' is not a whole number");
            return 0;
        }
    }

    private static String text(RawRow row, String field, int maxLength, boolean required, List<RowProblem> problems) {
        String value = row.get(field);
        String sku = row.get("sku");
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(new RowProblem(row.row(), sku == null || sku.isEmpty() ? null : sku, field, Reason.MISSING_REQUIRED, field + " is required"));
            }
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(new RowProblem(row.row(), sku, field, Reason.TOO_LONG, field + " is longer than " + maxLength + " characters"));
        }
        return value;
    }

    @FunctionalInterface
    private interface Problems {
        void add(String field, Reason reason, String message);
    }
}
