package com.concierge.catalog.internal.inventory;

import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.inventory.Sellable;
import com.concierge.catalog.internal.Product;
import com.concierge.catalog.internal.Variant;
import com.concierge.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * {@link Inventory} as conditional updates of {@code catalog_variant}: each change names the
 * condition that makes it valid ({@code stock - reserved >= n}) in its WHERE clause, so the
 * database's row lock serializes racing buyers and the loser's update simply matches no row.
 * The check constraints of the table are the second line of defence.
 *
 * <p>The search index's "in stock" flag follows: when a sale empties a variant, or units come back
 * to an empty one, the product is reindexed in the same transaction.
 */
@ApplicationScoped
class StockLedger implements Inventory {

    private final EntityManager em;
    private final SearchSession search;

    StockLedger(EntityManager em, SearchSession search) {
        this.em = em;
        this.search = search;
    }

    @Override
    @Transactional
    public Optional<Sellable> sellable(String sku) {
        return Optional.ofNullable(sellable(List.of(sku)).get(sku));
    }

    @Override
    @Transactional
    public Map<String, Sellable> sellable(Collection<String> skus) {
        Map<String, Sellable> found = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em.createQuery("""
                        select v.sku, v.options, v.priceMinor, v.currency, v.stock, v.reserved,
                               p.id, p.handle, p.title, p.brand, p.category, p.images
                        from Variant v join v.product p where v.sku in :skus and p.archivedAt is null""", Object[].class)
                .setParameter("skus", skus).getResultList();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, String> options = (Map<String, String>) row[1];
            @SuppressWarnings("unchecked")
            List<String> images = (List<String>) row[11];
            Sellable sellable = new Sellable((UUID) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10],
                    (String) row[0], options, Money.of((Long) row[2], (String) row[3]), (Integer) row[4], (Integer) row[5],
                    images == null || images.isEmpty() ? null : images.getFirst());
            found.put(sellable.sku(), sellable);
        }
        return found;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reserve(String sku, int quantity) {
        requirePositive(quantity);
        return update("update catalog_variant set reserved = reserved + :quantity where sku = :sku and stock - reserved >= :quantity", sku, quantity);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String sku, int quantity) {
        requirePositive(quantity);
        update("update catalog_variant set reserved = case when reserved >= :quantity then reserved - :quantity else 0 end where sku = :sku", sku, quantity);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(String sku, int quantity, boolean reserved) {
        requirePositive(quantity);
        boolean taken = reserved
                ? update("update catalog_variant set stock = stock - :quantity, reserved = reserved - :quantity where sku = :sku and stock >= :quantity and reserved >= :quantity", sku, quantity)
                : update("update catalog_variant set stock = stock - :quantity where sku = :sku and stock - reserved >= :quantity", sku, quantity);
        if (taken) {
            reindexWhenEmptied(sku, 0);
        }
        return taken;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void putBack(String sku, int quantity) {
        requirePositive(quantity);
        if (update("update catalog_variant set stock = stock + :quantity where sku = :sku", sku, quantity)) {
            reindexWhenEmptied(sku, quantity);
        }
    }

    private boolean update(String sql, String sku, int quantity) {
        return em.createNativeQuery(sql).setParameter("quantity", quantity).setParameter("sku", sku).executeUpdate() == 1;
    }

    /** Reindexes the variant's product when its stock is now {@code emptyAt} (0 after a sale, n after n came back to none). */
    private void reindexWhenEmptied(String sku, int emptyAt) {
        Object[] row = em.createQuery("select v.stock, v.product.id from Variant v where v.sku = :sku", Object[].class)
                .setParameter("sku", sku).getSingleResult();
        if ((Integer) row[0] != emptyAt) {
            return;
        }
        Product product = em.find(Product.class, row[1]);
        for (Variant variant : product.variants) {
            em.refresh(variant); // the SQL update bypassed any copy this transaction already holds
        }
        search.indexingPlan().addOrUpdate(product);
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
    }
}
