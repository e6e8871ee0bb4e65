package com.concierge.catalog.internal;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.DuplicateSkuException;
import com.concierge.catalog.api.NewProduct;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.SearchPage;
import com.concierge.catalog.api.SearchUnavailableException;
import com.concierge.catalog.api.events.ProductPublished;
import com.concierge.kernel.events.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

@ApplicationScoped
class CatalogService implements Catalog {

    private final SearchSession searchSession;
    private final EventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CatalogService(SearchSession searchSession, EventPublisher events) {
        this.searchSession = searchSession;
        this.events = events;
    }

    @Override
    @Transactional
    public ProductSummary addProduct(NewProduct draft) {
        if (Product.findBySku(draft.sku()) != null) {
            throw new DuplicateSkuException(draft.sku());
        }
        Instant now = clock.instant();
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.sku = draft.sku();
        product.title = draft.title();
        product.brand = draft.brand();
        product.description = draft.description();
        product.priceMinor = draft.price().minorUnits();
        product.currency = draft.price().currency().getCurrencyCode();
        product.createdAt = now;
        product.persist();
        events.publish(new ProductPublished(UUID.randomUUID(), now, product.id, product.sku, product.title, draft.price()));
        return product.toSummary();
    }

    @Override
    @Transactional
    public Optional<ProductSummary> product(UUID id) {
        return Product.<Product>findByIdOptional(id).map(Product::toSummary);
    }

    @Override
    @Transactional
    public SearchPage search(String text, int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100");
        }
        try {
            SearchResult<Product> result = searchSession.search(Product.class)
                    .where(f -> text == null || text.isBlank()
                            ? f.matchAll()
                            : f.simpleQueryString().fields("title", "brand", "description").matching(text).defaultOperator(
                                    org.hibernate.search.engine.search.common.BooleanOperator.AND))
                    .fetch(limit);
            return new SearchPage(result.total().hitCount(), result.hits().stream().map(Product::toSummary).toList());
        } catch (SearchException e) {
            throw new SearchUnavailableException(e);
        }
    }
}
