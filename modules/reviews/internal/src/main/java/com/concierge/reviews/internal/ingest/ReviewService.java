package com.concierge.reviews.internal.ingest;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.kernel.files.FileFormat;
import com.concierge.kernel.files.TableFile;
import com.concierge.reviews.api.ReviewView;
import com.concierge.reviews.api.events.ReviewsChanged;
import com.concierge.reviews.api.ingest.ReviewImportReport;
import com.concierge.reviews.api.ingest.ReviewRowProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores and lists reviews; a file's good rows land, its bad rows are reported row by row. Every
 * product that gained reviews gets a {@link ReviewsChanged} in the same transaction, so its
 * summary is recomputed after the commit.
 */
@ApplicationScoped
public class ReviewService {

    private static final String JSON_SHAPE = "reviews: [{\"rating\": 5, \"text\": ..., \"date\": ..., \"author\": ...}, ...]";

    private final Catalog catalog;
    private final EventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ReviewService(Catalog catalog, EventPublisher events) {
        this.catalog = catalog;
        this.events = events;
    }

    /** One product's reviews. */
    public ReviewImportReport importReviews(UUID product, FileFormat format, Reader data) {
        ProductDetails details = catalog.details(product).orElseThrow(() -> new NoSuchElementException("no product with id " + product));
        List<TableFile.Row> rows;
        try {
            rows = rows(format, data);
        } catch (TableFile.MalformedFileException e) {
            return malformed(e);
        }
        ReviewRows.Result checked = new ReviewRows(skus(details), LocalDate.now(clock)).check(rows);
        int[] counts = QuarkusTransaction.requiringNew().call(() -> store(Map.of(product, checked.accepted())));
        return new ReviewImportReport(rows.size(), counts[0], counts[1], checked.problems());
    }

    /** Reviews of many products, each row naming its product by handle or id. */
    public ReviewImportReport importReviews(FileFormat format, Reader data) {
        List<TableFile.Row> rows;
        try {
            rows = rows(format, data);
        } catch (TableFile.MalformedFileException e) {
            return malformed(e);
        }
        Map<String, Optional<ProductDetails>> products = new HashMap<>();
        Map<UUID, List<TableFile.Row>> byProduct = new LinkedHashMap<>();
        List<ReviewRowProblem> problems = new ArrayList<>();
        for (TableFile.Row row : rows) {
            String named = row.get("product");
            if (named == null || named.isEmpty()) {
                problems.add(new ReviewRowProblem(row.number(), "product", ReviewRowProblem.Reason.MISSING_REQUIRED,
                        "product is required (the product's handle or id)"));
                continue;
            }
            Optional<ProductDetails> product = products.computeIfAbsent(named, this::product);
            if (product.isEmpty()) {
                problems.add(new ReviewRowProblem(row.number(), "product", ReviewRowProblem.Reason.UNKNOWN_PRODUCT,
                        "no product with handle or id '" + named + "'"));
                continue;
            }
            byProduct.computeIfAbsent(product.get().id(), id -> new ArrayList<>()).add(row);
        }
        Map<UUID, List<ReviewRows.Draft>> accepted = new LinkedHashMap<>();
        Map<UUID, ProductDetails> details = new HashMap<>();
        products.values().forEach(p -> p.ifPresent(d -> details.put(d.id(), d)));
        LocalDate today = LocalDate.now(clock);
        byProduct.forEach((product, productRows) -> {
            ReviewRows.Result checked = new ReviewRows(skus(details.get(product)), today).check(productRows);
            accepted.put(product, checked.accepted());
            problems.addAll(checked.problems());
        });
        problems.sort(Comparator.comparingLong(ReviewRowProblem::row));
        int[] counts = QuarkusTransaction.requiringNew().call(() -> store(accepted));
        return new ReviewImportReport(rows.size(), counts[0], counts[1], problems);
    }

    private Optional<ProductDetails> product(String handleOrId) {
        try {
            return catalog.details(UUID.fromString(handleOrId));
        } catch (IllegalArgumentException notAnId) {
            return catalog.detailsByHandle(handleOrId);
        }
    }

    private static List<TableFile.Row> rows(FileFormat format, Reader data) {
        return TableFile.read(format, data, JSON_SHAPE);
    }

    private static ReviewImportReport malformed(TableFile.MalformedFileException e) {
        return new ReviewImportReport(0, 0, 0, List.of(new ReviewRowProblem(e.row(), "file", ReviewRowProblem.Reason.MALFORMED_FILE,
                e.getMessage())));
    }

    private static Set<String> skus(ProductDetails details) {
        return details.variants().stream().map(ProductDetails.Variant::sku).collect(Collectors.toSet());
    }

    /** @return stored, unchanged */
    private int[] store(Map<UUID, List<ReviewRows.Draft>> drafts) {
        int stored = 0;
        int unchanged = 0;
        for (Map.Entry<UUID, List<ReviewRows.Draft>> entry : drafts.entrySet()) {
            UUID product = entry.getKey();
            Set<String> known = new HashSet<>(ReviewRecord.getEntityManager()
                    .createQuery("select r.key from ReviewRecord r where r.product = :product", String.class)
                    .setParameter("product", product).getResultList()); // keys only, not every stored text
            int storedHere = 0;
            for (ReviewRows.Draft draft : entry.getValue()) {
                String key = key(product, draft);
                if (!known.add(key)) {
                    unchanged++;
                    continue;
                }
                ReviewRecord record = new ReviewRecord();
                record.id = UUID.randomUUID();
                record.key = key;
                record.product = product;
                record.variant = draft.variant();
                record.rating = draft.rating();
                record.title = draft.title();
                record.body = draft.text();
                record.reviewedOn = draft.reviewedOn();
                record.verified = draft.verified();
                record.author = draft.author();
                record.createdAt = clock.instant();
                record.persist();
                storedHere++;
            }
            if (storedHere > 0) {
                events.publish(new ReviewsChanged(UUID.randomUUID(), clock.instant(), product, ReviewsChanged.Reason.REVIEWS_ADDED));
            }
            stored += storedHere;
        }
        return new int[] {stored, unchanged};
    }

    /** The same author's same text on the same day for the same product is the same review. */
    private static String key(UUID product, ReviewRows.Draft draft) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String identity = product + "\n" + draft.author() + "\n" + draft.reviewedOn() + "\n" + draft.text();
            return HexFormat.of().formatHex(sha.digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ReviewView> reviews(UUID product, int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200");
        }
        return QuarkusTransaction.requiringNew().call(() -> ReviewRecord.<ReviewRecord>find("product", Sort.descending("reviewedOn")
                .and("createdAt", Sort.Direction.Descending).and("id"), product).page(0, limit).list().stream().map(ReviewRecord::toView).toList());
    }
}
