package com.concierge.reviews.internal.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A FewSum gold-summary file: tab-separated with a header {@code cat group_id rev1..rev8
 * summ1..summ3 rating1..rating8} (the rating columns are optional). Any file of that shape reads,
 * so a held-out test file scores the same way.
 */
record FewSumFile(Path path, List<Product> products) {

    /** One product: its reviews (with star ratings when the file has them) and the human summaries. */
    record Product(String category, String id, List<String> reviews, List<Integer> ratings, List<String> summaries) {
    }

    static FewSumFile read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(path + " is empty");
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int category = column(header, "cat", path);
        int group = column(header, "group_id", path);
        List<Integer> reviews = numbered(header, "rev", path, true);
        List<Integer> summaries = numbered(header, "summ", path, true);
        List<Integer> ratings = numbered(header, "rating", path, false);
        List<Product> products = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            int line = i + 1;
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(path + " line " + line + ": " + cells.length + " columns, the header has " + header.size());
            }
            products.add(new Product(cells[category], cells[group],
                    reviews.stream().map(c -> cells[c].strip()).filter(s -> !s.isEmpty()).toList(),
                    ratings.stream().map(c -> rating(cells[c], path, line)).toList(),
                    summaries.stream().map(c -> cells[c].strip()).filter(s -> !s.isEmpty()).toList()));
        }
        return new FewSumFile(path, List.copyOf(products));
    }

    /** "5", "5.0" or empty (0: unknown). */
    private static int rating(String cell, Path path, int line) {
        if (cell.isBlank()) {
            return 0;
        }
        try {
            return (int) Math.round(Double.parseDouble(cell.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + " line " + line + ": rating '" + cell.strip() + "' is not a number");
        }
    }

    private static int column(List<String> header, String name, Path path) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(path + " has no column '" + name + "' (header: " + header + ")");
        }
        return index;
    }

    private static List<Integer> numbered(List<String> header, String prefix, Path path, boolean required) {
        List<Integer> columns = new ArrayList<>();
        for (int n = 1; header.contains(prefix + n); n++) {
            columns.add(header.indexOf(prefix + n));
        }
        if (required && columns.isEmpty()) {
            throw new IllegalArgumentException(path + " has no columns " + prefix + "1, " + prefix + "2, ...");
        }
        return columns;
    }
}
