package com.concierge.reviews.internal.ingest;

import com.concierge.kernel.files.TableFile;
import com.concierge.reviews.api.ingest.ReviewRowProblem;
import com.concierge.reviews.api.ingest.ReviewRowProblem.Reason;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks review rows: every problem of a row is reported, and a row with none is accepted. */
final class ReviewRows {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_AUTHOR = 200;

    /** An accepted row. */
    record Draft(long row, int rating, String title, String text, LocalDate reviewedOn, String variant, boolean verified, String author) {
    }

    record Result(List<Draft> accepted, List<ReviewRowProblem> problems) {
    }

    private final Set<String> variants;
    private final LocalDate today;

    /** @param variants the product's SKUs; @param today the store's date (a review cannot come from the future) */
    ReviewRows(Set<String> variants, LocalDate today) {
        this.variants = variants;
        this.today = today;
    }

    Result check(List<TableFile.Row> rows) {
        List<Draft> accepted = new ArrayList<>();
        List<ReviewRowProblem> problems = new ArrayList<>();
        for (TableFile.Row row : rows) {
            List<ReviewRowProblem> mine = new ArrayList<>();
            Integer rating = rating(row, mine);
            String title = text(row, "title", MAX_TITLE, false, mine);
            String text = text(row, "text", MAX_TEXT, true, mine);
            LocalDate date = date(row, mine);
            String variant = variant(row, mine);
            Boolean verified = flag(row, mine);
            String author = text(row, "author", MAX_AUTHOR, true, mine);
            if (mine.isEmpty()) {
                accepted.add(new Draft(row.number(), rating, title, text, date, variant, verified, author));
            }
            problems.addAll(mine);
        }
        return new Result(accepted, problems);
    }

    private static Integer rating(TableFile.Row row, List<ReviewRowProblem> problems) {
        String value = row.get("rating");
        if (value == null || value.isEmpty()) {
            problems.add(new ReviewRowProblem(row.number(), "rating", Reason.MISSING_REQUIRED, "rating is required (1 to 5 stars)"));
            return null;
        }
        try {
            int stars = Integer.parseInt(value);
            if (stars >= 1 && stars <= 5) {
                return stars;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ReviewRowProblem(row.number(), "rating", Reason.INVALID_RATING, "rating '" + value + "' is not a whole number of stars from 1 to 5"));
        return null;
    }

    private static String text(TableFile.Row row, String field, int max, boolean required, List<ReviewRowProblem> problems) {
        String value = row.get(field);
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(new ReviewRowProblem(row.number(), field, Reason.MISSING_REQUIRED, field + " is required"));
            }
            return null;
        }
        if (value.length() > max) {
            problems.add(new ReviewRowProblem(row.number(), field, Reason.TOO_LONG, field + " has " + value.length() + " characters; at most " + max));
            return null;
        }
        return value;
    }

    private LocalDate date(TableFile.Row row, List<ReviewRowProblem> problems) {
        String value = row.get("date");
        if (value == null || value.isEmpty()) {
            problems.add(new ReviewRowProblem(row.number(), "date", Reason.MISSING_REQUIRED, "date is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                problems.add(new ReviewRowProblem(row.number(), "date", Reason.FUTURE_DATE, "date " + value + " is after today (" + today + ")"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new ReviewRowProblem(row.number(), "date", Reason.INVALID_DATE, "date '" + value + "' is not a date like 2026-11-22"));
            return null;
        }
    }

    private String variant(TableFile.Row row, List<ReviewRowProblem> problems) {
        String value = row.get("variant");
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!variants.contains(value)) {
            problems.add(new ReviewRowProblem(row.number(), "variant", Reason.UNKNOWN_VARIANT,
                    "variant '" + value + "' is not a SKU of this product (" + String.join(", ", variants.stream().sorted().toList()) + ")"));
            return null;
        }
        return value;
    }

    private static Boolean flag(TableFile.Row row, List<ReviewRowProblem> problems) {
        String value = row.get("verified");
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "1" -> true;
            case "no", "false", "n", "0" -> false;
            default -> {
                problems.add(new ReviewRowProblem(row.number(), "verified", Reason.NOT_A_BOOLEAN, "verified '" + value + "' is not yes or no"));
                yield false;
            }
        };
    }
}
