package com.concierge.catalog.internal.imports;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.events.ProductPublished;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.catalog.internal.Category;
import com.concierge.catalog.internal.Product;
import com.concierge.catalog.internal.Variant;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.kernel.events.Outbox;
import com.concierge.kernel.files.FileFormat;
import com.concierge.kernel.files.TableFile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;

/**
 * Runs a catalog import: read, check every row, then upsert the accepted rows by SKU in chunks of
 * whole products, one transaction per chunk, so a long import shows progress and a failure loses
 * at most the chunk in flight. Importing the same file again changes nothing.
 */
@ApplicationScoped
public class ProductImporter {

    /** Rows per transaction; products are never split across chunks. */
    static final int CHUNK_ROWS = 500;
    /**
     * From this many accepted rows on, chunks are stored without indexing and the caller rebuilds
     * the touched categories' index in one mass-indexing pass: much faster than a bulk request per
     * chunk, at the price of search catching up only when the import ends.
     */
    public static final int BULK_ROWS = 5_000;

    /**
     * What an import did, and what the caller still has to do.
     *
     * @param outboxPaused the import paused outbox delivery; the caller resumes it once the reason
     *                     codes and the index are rebuilt, so 100,000 held events do not compete
     *                     with that work for the CPU
     */
    public record Outcome(ImportReport report, Set<String> touchedCategories, Set<UUID> createdProducts, boolean indexingDeferred,
                          boolean outboxPaused) {
    }

    private final SearchSession searchSession;
    private final SearchMapping searchMapping;
    private final EventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock = Clock.systemUTC();

    ProductImporter(SearchSession searchSession, SearchMapping searchMapping, EventPublisher events, EntityManager entityManager) {
        this.searchSession = searchSession;
        this.searchMapping = searchMapping;
        this.events = events;
        this.entityManager = entityManager;
    }

    /**
     * Checks and stores the file. The caller recomputes the reason codes of the touched categories
     * and, when indexing was deferred, reindexes them; then it resumes the outbox when the outcome
     * says it is paused.
     */
    public Outcome run(FileFormat format, Reader data, ImportProgress progress, Outbox outbox) {
        List<RawRow> rows;
        try {
            rows = format == FileFormat.CSV ? CatalogFileReader.csv(data) : CatalogFileReader.json(data);
        } catch (TableFile.MalformedFileException e) {
            return new Outcome(new ImportReport(0, List.of(), List.of(new RowProblem(e.row(), null, "file", RowProblem.Reason.MALFORMED_FILE,
                    e.getMessage()))), Set.of(), Set.of(), false, false);
        }
        Map<String, List<com.concierge.catalog.api.attributes.AttributeDefinition>> schemas = QuarkusTransaction.requiringNew().call(() ->
                Category.<Category>listAll().stream().map(Category::toDefinition)
                        .collect(Collectors.toMap(CategoryDefinition::key, CategoryDefinition::attributes)));
        ImportValidator.Result checked = new ImportValidator(schemas).check(rows);
        Tally tally = new Tally(checked.report().problems());
        boolean bulk = checked.accepted().size() >= BULK_ROWS;
        long done = checked.report().rowsRefused();
        progress.progress(done, rows.size());
        if (bulk) {
            outbox.pause(); // events of a bulk import wait in the outbox instead of competing with it for the CPU
        }
        boolean storedAll = false;
        PlannerStatistics statistics = bulk ? new PlannerStatistics(entityManager) : null;
        try {
            for (List<List<VariantDraft>> chunk : chunks(checked.accepted())) {
                QuarkusTransaction.requiringNew().run(() -> store(chunk, tally, bulk));
                int stored = chunk.stream().mapToInt(List::size).sum();
                done += stored;
                progress.progress(done, rows.size());
                if (statistics != null) {
                    statistics.wrote(stored);
                }
            }
            if (statistics != null) {
                statistics.finished();
            }
            storedAll = true;
        } finally {
            if (bulk && !storedAll) {
                outbox.resume();
            }
        }
        if (!tally.touchedCategories.isEmpty() && !bulk) {
            searchMapping.scope(Product.class).workspace().refresh();
        }
        List<RowProblem> problems = new ArrayList<>(tally.problems);
        problems.sort(java.util.Comparator.comparingLong(RowProblem::row));
        return new Outcome(new ImportReport(rows.size(), tally.stored, problems, tally.created, tally.updated, tally.unchanged),
                Set.copyOf(tally.touchedCategories), Set.copyOf(tally.createdProducts), bulk && !tally.touchedCategories.isEmpty(), bulk);
    }

    private static final class Tally {
        final List<RowProblem> problems;
        final List<String> stored = new ArrayList<>();
        final Set<String> touchedCategories = new HashSet<>();
        final Set<UUID> createdProducts = new HashSet<>();
        int created;
        int updated;
        int unchanged;

        Tally(List<RowProblem> problems) {
            this.problems = new ArrayList<>(problems);
        }
    }

    /** Accepted rows grouped by product (file order), cut into chunks of about {@link #CHUNK_ROWS} rows. */
    static List<List<List<VariantDraft>>> chunks(List<VariantDraft> accepted) {
        Map<String, List<VariantDraft>> byProduct = new LinkedHashMap<>();
        accepted.forEach(draft -> byProduct.computeIfAbsent(draft.product().handle(), h -> new ArrayList<>()).add(draft));
        List<List<List<VariantDraft>>> chunks = new ArrayList<>();
        List<List<VariantDraft>> current = new ArrayList<>();
        int rows = 0;
        for (List<VariantDraft> product : byProduct.values()) {
            if (rows > 0 && rows + product.size() > CHUNK_ROWS) {
                chunks.add(current);
                current = new ArrayList<>();
                rows = 0;
            }
            current.add(product);
            rows += product.size();
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private void store(List<List<VariantDraft>> chunk, Tally outcome, boolean bulk) {
        if (bulk) {
            searchSession.indexingPlanFilter(context -> context.exclude(Product.class)); // the caller mass-indexes at the end
        } else {
            // index once per chunk without waiting for a refresh; the import refreshes once at the end
            searchSession.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        }
        Set<String> handles = chunk.stream().map(group -> group.get(0).product().handle()).collect(Collectors.toSet());
        Set<String> skus = chunk.stream().flatMap(Collection::stream).map(VariantDraft::sku).collect(Collectors.toSet());
        Map<String, Product> products = new HashMap<>();
        Product.<Product>list("select distinct p from Product p left join fetch p.variants where p.handle in ?1", handles)
                .forEach(p -> products.put(p.handle, p));
        Map<String, Variant> variants = new HashMap<>();
        Variant.<Variant>list("select v from Variant v join fetch v.product where v.sku in ?1", skus).forEach(v -> variants.put(v.sku, v));
        Instant now = clock.instant();
        for (List<VariantDraft> group : chunk) {
            ProductDraft draft = group.get(0).product();
            Product product = products.get(draft.handle());
            List<VariantDraft> mine = new ArrayList<>();
            for (VariantDraft row : group) {
                Variant owner = variants.get(row.sku());
                if (owner != null && (product == null || !owner.product.id.equals(product.id))) {
                    outcome.problems.add(new RowProblem(row.row(), row.sku(), "sku", RowProblem.Reason.SKU_OF_OTHER_PRODUCT,
                            "SKU " + row.sku() + " belongs to product " + owner.product.handle));
                } else {
                    mine.add(row);
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            boolean created = product == null;
            if (created) {
                product = new Product();
                product.id = UUID.randomUUID();
                product.handle = draft.handle();
                product.createdAt = now;
            }
            boolean changed = apply(draft, product);
            for (VariantDraft row : mine) {
                changed |= applyVariant(row, product, variants.get(row.sku()));
                outcome.stored.add(row.sku());
            }
            if (created) {
                product.updatedAt = now;
                product.persist();
                outcome.created++;
                outcome.createdProducts.add(product.id);
                VariantDraft first = mine.get(0);
                events.publish(new ProductPublished(UUID.randomUUID(), now, product.id, first.sku(), product.title, first.price()));
            } else if (changed) {
                product.updatedAt = now;
                outcome.updated++;
            } else {
                outcome.unchanged++;
            }
            if (created || changed) {
                outcome.touchedCategories.add(product.category);
            }
        }
    }

    /** Copies the product part of the file onto the entity; true when anything differed. */
    private static boolean apply(ProductDraft draft, Product product) {
        boolean changed = false;
        if (!Objects.equals(product.category, draft.category())) {
            product.category = draft.category();
            changed = true;
        }
        if (!Objects.equals(product.title, draft.title())) {
            product.title = draft.title();
            changed = true;
        }
        if (!Objects.equals(product.brand, draft.brand())) {
            product.brand = draft.brand();
            changed = true;
        }
        if (!Objects.equals(product.description, draft.description())) {
            product.description = draft.description();
            changed = true;
        }
        if (!Objects.equals(product.bullets, draft.bullets())) {
            product.bullets = new ArrayList<>(draft.bullets());
            changed = true;
        }
        if (!Objects.equals(product.images, draft.images())) {
            product.images = new ArrayList<>(draft.images());
            changed = true;
        }
        if (!Objects.equals(product.whoFor, draft.whoFor())) {
            product.whoFor = draft.whoFor();
            changed = true;
        }
        if (!Objects.equals(product.whoNotFor, draft.whoNotFor())) {
            product.whoNotFor = draft.whoNotFor();
            changed = true;
        }
        if (!Objects.equals(product.boundaries, draft.boundaries())) {
            product.boundaries = new ArrayList<>(draft.boundaries());
            changed = true;
        }
        if (!product.attributes.equals(draft.attributes())) {
            product.attributes = new LinkedHashMap<>(draft.attributes());
            changed = true;
        }
        if (product.rating == null ? draft.rating() != null : draft.rating() == null || product.rating.compareTo(draft.rating()) != 0) {
            product.rating = draft.rating();
            changed = true;
        }
        int reviews = draft.reviewCount() == null ? 0 : draft.reviewCount();
        if (product.reviewCount != reviews) {
            product.reviewCount = reviews;
            changed = true;
        }
        return changed;
    }

    private static boolean applyVariant(VariantDraft row, Product product, Variant variant) {
        if (variant == null) {
            variant = new Variant();
            variant.id = UUID.randomUUID();
            variant.product = product;
            variant.sku = row.sku();
            variant.position = product.variants.size();
            variant.options = new LinkedHashMap<>(row.options());
            variant.priceMinor = row.price().minorUnits();
            variant.currency = row.price().currency().getCurrencyCode();
            variant.stock = row.stock();
            product.variants.add(variant);
            return true;
        }
        boolean changed = false;
        if (!variant.options.equals(row.options())) {
            variant.options = new LinkedHashMap<>(row.options());
            changed = true;
        }
        if (variant.priceMinor != row.price().minorUnits() || !variant.currency.equals(row.price().currency().getCurrencyCode())) {
            variant.priceMinor = row.price().minorUnits();
            variant.currency = row.price().currency().getCurrencyCode();
            changed = true;
        }
        if (variant.stock != row.stock()) {
            variant.stock = row.stock();
            changed = true;
        }
        return changed;
    }
}
