package com.concierge.catalog.internal.guides;

import com.concierge.catalog.api.guides.Guide;
import com.concierge.catalog.api.guides.GuideImportReport;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.catalog.internal.Category;
import com.concierge.catalog.internal.Product;
import com.concierge.kernel.files.FileFormat;
import com.concierge.kernel.files.TableFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/** The rules of the guides part of the catalog facade: what a guide may name, and the import. */
@ApplicationScoped
public class GuideService {

    private final GuideStore store;

    GuideService(GuideStore store) {
        this.store = store;
    }

    @Transactional
    public List<Guide> all() {
        return store.all();
    }

    @Transactional
    public Optional<Guide> find(String id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    @Transactional
    public List<Guide> forProduct(UUID product) {
        Product found = Product.<Product>findByIdOptional(product).orElseThrow(() -> new NoSuchElementException("no product " + product));
        return store.covering(found.id, found.category);
    }

    @Transactional
    public List<Guide> forCategory(String category) {
        return store.ofCategory(category);
    }

    @Transactional
    public Guide put(Guide guide) {
        for (String category : guide.categories()) {
            if (Category.findById(category) == null) {
                throw new IllegalArgumentException("categories: no category '" + category + "'");
            }
        }
        for (UUID product : guide.products()) {
            if (Product.findById(product) == null) {
                throw new IllegalArgumentException("products: no product " + product);
            }
        }
        return store.put(guide);
    }

    @Transactional
    public boolean delete(String id) {
        return store.delete(id);
    }

    @Transactional
    public GuideImportReport importGuides(FileFormat format, Reader reader) {
        List<TableFile.Row> rows;
        try {
            rows = TableFile.read(format, reader, "guide rows: [{\"guide\": ..., \"step\": 1, \"text\": ...}, ...]");
        } catch (TableFile.MalformedFileException e) {
            return new GuideImportReport(0, List.of(), List.of(new RowProblem(e.row(), null, null, RowProblem.Reason.MALFORMED_FILE, e.getMessage())));
        }
        GuideRows.Result read = new GuideRows(key -> Category.findById(key) != null, GuideService::product).read(rows);
        List<String> stored = new ArrayList<>();
        for (Guide guide : read.guides()) {
            stored.add(store.put(guide).id());
        }
        return new GuideImportReport(rows.size(), stored, read.problems());
    }

    /** A product by its handle or its id. */
    private static Optional<UUID> product(String named) {
        Product byHandle = Product.findByHandle(named);
        if (byHandle != null) {
            return Optional.of(byHandle.id);
        }
        try {
            return Product.<Product>findByIdOptional(UUID.fromString(named)).map(p -> p.id);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
