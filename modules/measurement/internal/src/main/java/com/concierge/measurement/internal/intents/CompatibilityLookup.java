package com.concierge.measurement.internal.intents;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.checkout.api.events.OrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether an order is "attached" (docs/kpis.md): a line fits or requires the product of another
 * line, or of an order the same shopper placed before ({@link #wholes}), by the catalog's compatibility graph. An order's products are looked up in the catalog at
 * most once every {@code cc.measurement.compatibility.cache-for} (5 minutes) across all batches,
 * and at once after a product is published, so a million events do not cost a catalog query per
 * order.
 */
@ApplicationScoped
class CompatibilityLookup {

    private static final Set<Relation> ATTACHING = Set.of(Relation.FITS, Relation.REQUIRES);

    private final Catalog catalog;
    private final Duration cacheFor;
    private final Clock clock = Clock.systemUTC();
    private final Map<UUID, Known> links = new ConcurrentHashMap<>();

    CompatibilityLookup(Catalog catalog, @ConfigProperty(name = "cc.measurement.compatibility.cache-for", defaultValue = "5M") Duration cacheFor) {
        this.catalog = catalog;
        this.cacheFor = cacheFor;
    }

    private record Known(List<CompatibilityLink> links, Instant until) {
    }

    boolean attached(List<OrderPlaced.Line> lines) {
        Set<UUID> products = lines.stream().map(OrderPlaced.Line::productId).collect(Collectors.toSet());
        if (products.size() < 2) {
            return false;
        }
        for (UUID product : products) {
            for (CompatibilityLink link : links(product)) {
                if (ATTACHING.contains(link.relation()) && !link.other().equals(product) && products.contains(link.other())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The products the lines are parts of: what each line's product fits or requires (its own forward
     * edges), for an order of parts that attaches to something bought before.
     */
    Set<UUID> wholes(List<OrderPlaced.Line> lines) {
        Set<UUID> wholes = new java.util.HashSet<>();
        for (OrderPlaced.Line line : lines) {
            for (CompatibilityLink link : links(line.productId())) {
                if (ATTACHING.contains(link.relation()) && link.direction() == CompatibilityLink.Direction.FORWARD
                        && !link.other().equals(line.productId())) {
                    wholes.add(link.other());
                }
            }
        }
        return wholes;
    }

    void forget() {
        links.clear();
    }

    private List<CompatibilityLink> links(UUID product) {
        Instant now = clock.instant();
        Known known = links.get(product);
        if (known == null || known.until().isBefore(now)) {
            // a product deleted since has no links (asking for them would throw inside the intake's transaction)
            known = new Known(catalog.product(product).isEmpty() ? List.of() : catalog.compatibility(product), now.plus(cacheFor));
            links.put(product, known);
        }
        return known.links();
    }
}
