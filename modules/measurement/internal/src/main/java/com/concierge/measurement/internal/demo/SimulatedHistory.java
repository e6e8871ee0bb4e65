package com.concierge.measurement.internal.demo;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderDelivered;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.postpurchase.api.events.ReturnRequested;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A demo store's past weeks as events (docs/kpis.md#demo-history): conversations with the assistant,
 * cards clicked, adds to cart, orders placed with and without the assistant (some with a part that
 * fits what else they bought), their deliveries, and returns after delivery, every day of a window. Ingested like a backfill, so a
 * fresh demo's KPI dashboard has return-rate and attachment charts to show. Deterministic: the same
 * products, window and seed give the same events with the same ids, so loading twice records once.
 *
 * <p>The rates are chosen, not measured: assisted orders come back less often than unassisted ones
 * (6% against 11%), and half the orders of a product that parts fit carry one. Every simulated
 * turn's words read "(simulated demo history)".
 */
public final class SimulatedHistory {

    /** A product the history may show and sell; {@code fits}: products of the catalog that fit or are required by it. */
    public record Product(UUID id, String sku, String category, long priceMinor, List<Product> fits) {
    }

    static final int CONVERSATIONS_PER_DAY = 24;
    static final int UNASSISTED_ORDERS_PER_DAY = 9;
    static final double ASSISTED_RETURNS = 0.06;
    static final double UNASSISTED_RETURNS = 0.11;
    /** Of the orders of a product that parts fit, the share that carries one. */
    static final double ATTACH_WHEN_PARTS_FIT = 0.5;
    private static final List<String> REASONS = List.of("too-loud", "too-big", "does-not-fit", "not-as-described", "defective", "changed-mind");

    /**
     * The products of a catalog as the history uses them: up to {@code perCategory} of each category,
     * each with the products that fit or are required by it (the compatibility graph).
     */
    public static Map<String, List<Product>> products(com.concierge.catalog.api.Catalog catalog, int perCategory) {
        Map<String, List<Product>> byCategory = new java.util.TreeMap<>();
        for (com.concierge.catalog.api.CategoryDefinition category : catalog.categories()) {
            List<Product> products = new ArrayList<>();
            for (com.concierge.catalog.api.ProductSummary summary : catalog.browse(category.key(), perCategory)) {
                if (summary.sku() == null || summary.price() == null) {
                    continue;
                }
                List<Product> fits = new ArrayList<>();
                for (com.concierge.catalog.api.compatibility.CompatibilityLink link : catalog.compatibility(summary.id())) {
                    boolean fitsIt = link.direction() == com.concierge.catalog.api.compatibility.CompatibilityLink.Direction.BACKWARD
                            && (link.relation() == com.concierge.catalog.api.compatibility.Relation.FITS
                            || link.relation() == com.concierge.catalog.api.compatibility.Relation.REQUIRES);
                    if (fitsIt && fits.size() < 4) {
                        catalog.product(link.other()).filter(p -> p.sku() != null && p.price() != null)
                                .ifPresent(p -> fits.add(new Product(p.id(), p.sku(), p.category(), p.price().minorUnits(), List.of())));
                    }
                }
                products.add(new Product(summary.id(), summary.sku(), summary.category(), summary.price().minorUnits(), fits));
            }
            byCategory.put(category.key(), products);
        }
        return byCategory;
    }

    private final Map<String, List<Product>> byCategory;
    private final List<String> categories;
    private final String currency;
    private final Random random;
    private final String seed;
    private long ids;

    public SimulatedHistory(Map<String, List<Product>> byCategory, String currency, long seed) {
        this.byCategory = Map.copyOf(byCategory);
        this.categories = byCategory.keySet().stream().filter(c -> !byCategory.get(c).isEmpty()).sorted().toList();
        this.currency = currency;
        this.random = new Random(seed);
        this.seed = Long.toString(seed);
    }

    /** The events of {@code days} days ending with {@code last}, in time order within each day. */
    public List<IntegrationEvent> events(LocalDate last, int days) {
        List<IntegrationEvent> events = new ArrayList<>();
        if (categories.isEmpty()) {
            return events;
        }
        for (LocalDate day = last.minusDays(days - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            Instant opens = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
            for (int c = 0; c < CONVERSATIONS_PER_DAY + random.nextInt(9) - 4; c++) {
                conversation(events, opens.plusSeconds(random.nextInt(12 * 3600)), last);
            }
            for (int o = 0; o < UNASSISTED_ORDERS_PER_DAY + random.nextInt(5) - 2; o++) {
                Product product = pick(categories.get(random.nextInt(categories.size())));
                order(events, opens.plusSeconds(random.nextInt(12 * 3600)), product, null, null, last);
            }
        }
        return events;
    }

    private void conversation(List<IntegrationEvent> events, Instant at, LocalDate last) {
        String category = categories.get(random.nextInt(categories.size()));
        UUID conversation = id();
        List<Product> shown = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shown.add(pick(category));
        }
        List<UUID> receipts = List.of(id(), id(), id());
        int turns = 1 + random.nextInt(3);
        Instant when = at;
        for (int turn = 1; turn <= turns; turn++) {
            boolean question = turn > 1 && random.nextInt(3) == 0;
            events.add(new AssistantTurnTaken(id(), when, conversation, turn, question ? "QUESTION" : turn == 1 ? "SHOP" : "REFINE",
                    question ? List.of() : List.of("price"), question ? List.of() : shown.stream().map(Product::id).toList(),
                    question ? List.of() : receipts, 0, question ? Boolean.valueOf(random.nextInt(5) > 0) : null, null,
                    "(simulated demo history)", category, question ? List.of() : List.of(false, false, false), List.of(), List.of()));
            when = when.plusSeconds(20 + random.nextInt(90));
        }
        if (random.nextInt(3) > 0) {
            events.add(new ShopperInteracted(id(), when, conversation, ShopperInteracted.Kind.CARD_CLICKED, List.of(shown.get(0).id())));
            when = when.plusSeconds(30 + random.nextInt(120));
        }
        if (random.nextInt(100) < 38) {
            int chosen = random.nextInt(shown.size());
            Product product = shown.get(chosen);
            events.add(new CartLineAdded(id(), when, id(), null, conversation, product.id(), product.sku(), product.category(), 1, product.priceMinor()));
            if (random.nextInt(100) < 70) {
                order(events, when.plusSeconds(60 + random.nextInt(600)), product, conversation, receipts.get(chosen), last);
            }
        }
    }

    /** An order of {@code product} (from {@code conversation} when not null), sometimes with a part that fits it, sometimes returned. */
    private void order(List<IntegrationEvent> events, Instant at, Product product, UUID conversation, UUID receipt, LocalDate last) {
        List<OrderPlaced.Line> lines = new ArrayList<>();
        lines.add(new OrderPlaced.Line(product.id(), product.sku(), product.category(), 1, product.priceMinor(), conversation, receipt));
        if (!product.fits().isEmpty() && random.nextDouble() < ATTACH_WHEN_PARTS_FIT) {
            Product part = product.fits().get(random.nextInt(product.fits().size()));
            lines.add(new OrderPlaced.Line(part.id(), part.sku(), part.category(), 1, part.priceMinor(), null, null));
        }
        long subtotal = lines.stream().mapToLong(l -> l.unitPriceMinor() * l.quantity()).sum();
        long shipping = subtotal >= 5_000 ? 0 : 599;
        long tax = Math.round(subtotal * 0.08);
        UUID order = id();
        String number = "CC-DEMO-" + Long.toString(ids, 36).toUpperCase(java.util.Locale.ROOT);
        boolean assisted = conversation != null;
        events.add(new OrderPlaced(id(), at, order, number, null, currency, subtotal, 0, shipping, tax, subtotal + shipping + tax, "US", null,
                assisted, assisted ? List.of(conversation) : List.of(), lines, at.minusSeconds(600)));
        Instant end = last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant deliveredAt = at.plusSeconds(86_400L * (2 + random.nextInt(3)));
        if (deliveredAt.isBefore(end)) {
            events.add(new OrderDelivered(id(), deliveredAt, order, number, deliveredAt, lines.stream().map(OrderPlaced.Line::sku).toList(), assisted));
        }
        Instant returnedAt = deliveredAt.plusSeconds(86_400L * (2 + random.nextInt(10)));
        if (random.nextDouble() < (assisted ? ASSISTED_RETURNS : UNASSISTED_RETURNS)
                && returnedAt.isBefore(end)) {
            OrderPlaced.Line back = lines.get(0);
            events.add(new ReturnRequested(id(), returnedAt, id(), "R-DEMO-" + Long.toString(ids, 36).toUpperCase(java.util.Locale.ROOT), order,
                    number, REASONS.get(random.nextInt(REASONS.size())),
                    List.of(new ReturnRequested.Line(back.sku(), back.productId(), back.category(), 1, back.unitPriceMinor(), back.receiptId()))));
        }
    }

    private Product pick(String category) {
        List<Product> products = byCategory.get(category);
        return products.get(random.nextInt(products.size()));
    }

    /** Ids from the seed and a counter: the same history has the same ids, so a second load records nothing. */
    private UUID id() {
        return UUID.nameUUIDFromBytes(("demo-history-" + seed + "-" + ids++).getBytes(StandardCharsets.UTF_8));
    }
}
