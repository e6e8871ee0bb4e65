package com.concierge.catalog.internal.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated catalog file for benchmarks: {@code GenerateCatalog COUNT FILE.csv}, from the
 * demo templates and seed, so every run measures the same data. The file uses the demo
 * categories; {@code ./ops/catalog demo} defines them (and loads the demo store) first.
 */
public final class GenerateCatalog {

    private GenerateCatalog() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateCatalog COUNT FILE.csv");
            System.exit(64);
        }
        int count = Integer.parseInt(args[0]);
        List<DemoCatalog.Row> rows = DemoCatalog.products(count);
        Files.writeString(Path.of(args[1]), DemoCatalog.csv(rows), StandardCharsets.UTF_8);
        System.out.println("wrote " + rows.size() + " products to " + args[1]);
    }
}
