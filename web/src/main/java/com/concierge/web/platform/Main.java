package com.concierge.web.platform;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.kernel.files.FileFormat;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.ingest.ReviewImportReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The deployable's entry point. Without arguments it serves the store; with a command it runs that
 * against the same database and OpenSearch and exits (ops/catalog wraps this):
 *
 * <pre>
 * catalog-import FILE   import a CSV or JSON catalog file; the full report goes to FILE.report.json
 *                       exit 0: every row stored; 2: some rows refused (listed); 1: the import failed
 * catalog-reindex       rebuild the search index from the database
 * catalog-demo          load the demo store (categories, products, rules, reviews) into an empty catalog
 * reviews-import FILE   import a CSV or JSON file of reviews of many products (a product column holds
 *                       the handle or id); the full report goes to FILE.report.json; exit codes as above
 * </pre>
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    private static final int PROBLEMS_SHOWN = 30;

    @Inject
    Catalog catalog;

    @Inject
    Reviews reviews;

    @Inject
    DemoStore demoStore;

    @Inject
    ObjectMapper json;

    public static void main(String... args) {
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) throws Exception {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        PrintStream out = System.out;
        return switch (args[0]) {
            case "catalog-import" -> args.length == 2 ? importFile(Path.of(args[1]), out) : usage();
            case "catalog-reindex" -> args.length == 1 ? reindex(out) : usage();
            case "catalog-demo" -> args.length == 1 ? demo(out) : usage();
            case "reviews-import" -> args.length == 2 ? importReviews(Path.of(args[1]), out) : usage();
            default -> usage();
        };
    }

    private static int usage() {
        System.err.println("usage: catalog-import FILE | catalog-reindex | catalog-demo | reviews-import FILE");
        return 64;
    }

    /** The file's format from its name, or null after saying why it cannot be imported. */
    private static FileFormat readableFormat(Path file) {
        if (!Files.isReadable(file)) {
            System.err.println("cannot read " + file);
            return null;
        }
        FileFormat format = FileFormat.ofFileName(file.getFileName().toString()).orElse(null);
        if (format == null) {
            System.err.println(file + ": the name must end in .csv or .json");
        }
        return format;
    }

    private int importFile(Path file, PrintStream out) throws IOException {
        FileFormat format = readableFormat(file);
        if (format == null) {
            return 1;
        }
        long started = System.nanoTime();
        ImportReport report;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = catalog.importProducts(format, reader, new Progress(out, "rows"));
        }
        out.printf(Locale.ROOT, "%,d rows read in %.1f s: %,d stored (%d products created, %d updated, %d unchanged), %,d refused%n",
                report.rowsRead(), seconds(started), report.acceptedSkus().size(), report.productsCreated(), report.productsUpdated(),
                report.productsUnchanged(), report.rowsRefused());
        return finish(file, report, report.problems().stream().map(Main::describe).toList(), out);
    }

    private int importReviews(Path file, PrintStream out) throws IOException {
        FileFormat format = readableFormat(file);
        if (format == null) {
            return 1;
        }
        long started = System.nanoTime();
        ReviewImportReport report;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            report = reviews.importReviews(format, reader);
        }
        out.printf(Locale.ROOT, "%,d rows read in %.1f s: %,d reviews stored, %,d already there, %,d rows refused%n",
                report.rowsRead(), seconds(started), report.stored(), report.unchanged(), report.problems().size());
        out.println("Summaries are recomputed once the store delivers the events (at its next start when it is not running).");
        return finish(file, report, report.problems().stream()
                .map(p -> "row " + p.row() + ", " + p.field() + ": " + p.reason() + " – " + p.message()).toList(), out);
    }

    /** Writes the full report next to the file, lists the first problems; exit status 0 without problems, 2 with. */
    private int finish(Path file, Object report, List<String> problems, PrintStream out) throws IOException {
        Path reportFile = file.resolveSibling(file.getFileName() + ".report.json");
        json.writerWithDefaultPrettyPrinter().writeValue(reportFile.toFile(), report);
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> out.println("  " + problem));
        if (problems.size() > PROBLEMS_SHOWN) {
            out.printf("  ... and %d more%n", problems.size() - PROBLEMS_SHOWN);
        }
        out.println("Full report: " + reportFile);
        return problems.isEmpty() ? 0 : 2;
    }

    private int reindex(PrintStream out) {
        long started = System.nanoTime();
        long indexed = catalog.reindex(new Progress(out, "products"));
        out.printf(Locale.ROOT, "%,d products indexed in %.1f s%n", indexed, seconds(started));
        return 0;
    }

    private int demo(PrintStream out) {
        demoStore.loadIfEmpty().ifPresentOrElse(
                loaded -> out.printf("demo store loaded: %d products, %d reviews%n", loaded.products(), loaded.reviews()),
                () -> out.println("the catalog is not empty; the demo store was not loaded"));
        return 0;
    }

    private static String describe(RowProblem problem) {
        return "row " + problem.row() + (problem.sku() == null ? "" : " (" + problem.sku() + ")") + ", " + problem.field() + ": "
                + problem.reason() + " – " + problem.message();
    }

    private static double seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0;
    }

    /** Prints a line at most every two seconds, and the last one. */
    private static final class Progress implements com.concierge.catalog.api.imports.ImportProgress {
        private final PrintStream out;
        private final String what;
        private long lastPrinted;

        Progress(PrintStream out, String what) {
            this.out = out;
            this.what = what;
        }

        @Override
        public synchronized void progress(long done, long total) {
            long now = System.nanoTime();
            if (now - lastPrinted > Duration.ofSeconds(2).toNanos() || (total > 0 && done >= total)) {
                lastPrinted = now;
                out.printf(Locale.ROOT, "  %,d / %,d %s%n", done, total, what);
            }
        }
    }
}
