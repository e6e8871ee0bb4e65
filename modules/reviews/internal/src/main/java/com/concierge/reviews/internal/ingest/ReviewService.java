package com.concierge.reviews.internal.ingest;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.kernel.files.FileFormat;
import com.concierge.kernel.files.TableFile;
import com.concierge.reviews.api.ReviewView;
import com.concierge.reviews.api.Reviews;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores and lists reviews; a file's good rows land, its bad rows are reported row by row. */
@ApplicationScoped
class ReviewService implements Reviews {

    private final Catalog catalog;
    private final Clock clock = Clock.systemUTC();

    ReviewService(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ReviewImportReport importReviews(UUID product, FileFormat format, Reader data) {
        ProductDetails details = catalog.details(product).orElseThrow(() -> new NoSuchElementException("no product with id " + product));
        List<TableFile.Row> rows;
        try {
            rows = format == FileFormat.CSV ? TableFile.csv(data)
                    : TableFile.json(data, "reviews: [{\"rating\": 5, \"text\": ..., \"date\": ..., \"author\": ...}, ...]",
                    (entry, fields) -> fields.put(entry.getKey(), TableFile.text(entry.getValue())));
        } catch (TableFile.MalformedFileException e) {
            return new ReviewImportReport(0, 0, 0, List.of(new ReviewRowProblem(e.row(), "file", ReviewRowProblem.Reason.MALFORMED_FILE,
                    e.getMessage())));
        }
        Set<String> skus = details.variants().stream().map(ProductDetails.Variant::sku).collect(Collectors.toSet());
        ReviewRows.Result checked = new ReviewRows(skus, LocalDate.now(clock)).check(rows);
        int[] counts = QuarkusTransaction.requiringNew().call(() -> store(product, checked.accepted()));
        return new ReviewImportReport(rows.size(), counts[0], counts[1], checked.problems());
    }

    /** @return stored, unchanged */
    private int[] store(UUID product, List<ReviewRows.Draft> drafts) {
        Set<String> known = new HashSet<>(ReviewRecord.getEntityManager()
                .createQuery("select r.key from ReviewRecord r where r.product = :product", String.class)
                .setParameter("product", product).getResultList()); // keys only, not every stored text
        int stored = 0;
        int unchanged = 0;
        for (ReviewRows.Draft draft : drafts) {
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
            stored++;
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

    @Override
    public List<ReviewView> reviews(UUID product, int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200");
        }
        return QuarkusTransaction.requiringNew().call(() -> ReviewRecord.<ReviewRecord>find("product", Sort.descending("reviewedOn")
                .and("createdAt", Sort.Direction.Descending).and("id"), product).page(0, limit).list().stream().map(ReviewRecord::toView).toList());
    }
}
