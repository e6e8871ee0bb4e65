package com.concierge.checkout.internal.cart;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.inventory.Sellable;
import com.concierge.catalog.api.policies.PolicyAnswer;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.Discount;
import com.concierge.checkout.internal.CheckoutConfig;
import com.concierge.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds what the shopper sees of a cart from what is stored and what the catalog says now:
 * current prices (a change is a notice), availability, compatibility warnings from the catalog's
 * graph, shipping options from its shipping policies, and the totals.
 */
@ApplicationScoped
public class CartViews {

    /** A cart priced now, with the catalog's view of each line (null for a SKU that disappeared). */
    public record Priced(Cart cart, Map<String, Sellable> sellables, List<ShippingLeg> legs) {
    }

    /** How one line ships to the cart's region, per the catalog's policy. */
    public record ShippingLeg(String sku, boolean ships, String policyId, int minDays, int maxDays, boolean groundOnly, String why) {
    }

    private final Inventory inventory;
    private final Catalog catalog;
    private final CheckoutConfig config;
    private final Clock clock = Clock.systemUTC();

    CartViews(Inventory inventory, Catalog catalog, CheckoutConfig config) {
        this.inventory = inventory;
        this.catalog = catalog;
        this.config = config;
    }

    public Currency currency() {
        return Currency.getInstance(config.currency());
    }

    public Priced view(CartRecord cart, Discount discount) {
        return view(cart, discount, true);
    }

    /**
     * @param withCompatibility false skips the compatibility warnings (they inform the shopper and
     *                          never stop an order, so placing one does not read the graph)
     */
    public Priced view(CartRecord cart, Discount discount, boolean withCompatibility) {
        Map<String, Sellable> sellables = inventory.sellable(cart.items.stream().map(i -> i.sku).toList());
        List<ReservationRecord> holds = ReservationRecord.activeFor(cart.id);
        Map<String, Integer> held = ReservationRecord.units(holds);
        Instant now = clock.instant();
        Instant reservedUntil = holds.stream().map(h -> h.expiresAt).filter(now::isBefore).min(Instant::compareTo).orElse(null);
        Currency currency = currency();
        List<Cart.Line> lines = new ArrayList<>();
        List<Pricing.Line> priced = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<Cart.Warning> warnings = new ArrayList<>();
        for (CartRecord.Item item : cart.items) {
            Sellable s = sellables.get(item.sku);
            if (s == null) {
                warnings.add(new Cart.Warning("UNAVAILABLE", item.sku, "The item " + item.sku + " is no longer sold; remove it to check out.", null));
                continue;
            }
            if (s.price().minorUnits() != item.unitPriceMinor) {
                notices.add("The price of " + s.title() + " went from " + new Money(item.unitPriceMinor, currency) + " to " + s.price() + ".");
            }
            int available = s.available() + held.getOrDefault(item.sku, 0);
            if (available == 0) {
                warnings.add(new Cart.Warning("OUT_OF_STOCK", item.sku, s.title() + " is out of stock.", null));
            } else if (item.quantity > available) {
                warnings.add(new Cart.Warning("LOW_STOCK", item.sku, "Only " + available + " of " + s.title() + " left; lower the quantity to "
                        + available + ".", null));
            }
            lines.add(new Cart.Line(s.sku(), s.product(), s.title(), s.options(), s.image(), item.quantity, s.price(),
                    s.price().times(item.quantity), available));
            priced.add(new Pricing.Line(s.sku(), s.category(), item.quantity, s.price()));
        }
        if (withCompatibility) {
            warnings.addAll(compatibility(cart, sellables));
        }
        List<ShippingLeg> legs = cart.region == null ? List.of() : legs(cart, sellables);
        legs.stream().filter(l -> !l.ships()).forEach(l -> warnings.add(new Cart.Warning("DOES_NOT_SHIP", l.sku(), l.why(), null)));
        List<Cart.ShippingOption> options = cart.region == null ? List.of() : options(legs, currency);
        Cart.ShippingOption chosen = options.stream().filter(o -> o.id().equals(cart.shippingOption)).findFirst()
                .orElse(options.isEmpty() ? null : options.getFirst());
        BigDecimal tax = cart.region == null ? null : config.taxPercent().getOrDefault(cart.region, BigDecimal.ZERO);
        Pricing.Priced totals = Pricing.price(currency, priced, discount, LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                chosen == null ? null : chosen.cost(), chosen != null && chosen.id().equals("standard")
                        ? Pricing.amount(config.shipping().freeOver(), currency) : null, tax);
        if (totals.discountProblem() != null) {
            warnings.add(new Cart.Warning("DISCOUNT", null, totals.discountProblem(), null));
        }
        Cart view = new Cart(cart.id, cart.owner, Cart.Status.valueOf(cart.status), cart.version, currency.getCurrencyCode(), lines,
                cart.region, chosen == null ? null : chosen.id(), options, cart.discountCode, totals.totals(), notices, warnings,
                cart.conversationIds(), reservedUntil, cart.updatedAt);
        return new Priced(view, sellables, legs);
    }

    private List<ShippingLeg> legs(CartRecord cart, Map<String, Sellable> sellables) {
        List<ShippingLeg> legs = new ArrayList<>();
        for (CartRecord.Item item : cart.items) {
            Sellable s = sellables.get(item.sku);
            if (s == null) {
                continue;
            }
            PolicyAnswer answer = catalog.shippingFor(s.product(), s.category(), cart.region);
            ShippingPolicy policy = answer.policyId() == null ? null : catalog.shippingPolicy(answer.policyId()).orElse(null);
            boolean ground = answer.conditions().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("ground"));
            legs.add(answer.allowed() && policy != null
                    ? new ShippingLeg(item.sku, true, policy.id(), policy.minDays(), policy.maxDays(), ground, answer.why())
                    : new ShippingLeg(item.sku, false, answer.policyId(), 0, 0, ground, s.title() + ": " + answer.why()));
        }
        return legs;
    }

    /**
     * Standard: the slowest line's policy window. Express: the configured days, unless a line's
     * policy says ground only. None when a line does not ship.
     */
    private List<Cart.ShippingOption> options(List<ShippingLeg> legs, Currency currency) {
        if (legs.isEmpty() || legs.stream().anyMatch(l -> !l.ships())) {
            return List.of();
        }
        int min = legs.stream().mapToInt(ShippingLeg::minDays).max().orElse(0);
        int max = legs.stream().mapToInt(ShippingLeg::maxDays).max().orElse(0);
        Money freeOver = Pricing.amount(config.shipping().freeOver(), currency);
        List<Cart.ShippingOption> options = new ArrayList<>();
        options.add(new Cart.ShippingOption("standard", "Standard", Pricing.amount(config.shipping().standardCost(), currency), min, max,
                "Free from " + freeOver + " after discounts"));
        if (legs.stream().noneMatch(ShippingLeg::groundOnly) && config.shipping().expressMaxDays() < max) {
            options.add(new Cart.ShippingOption("express", "Express", Pricing.amount(config.shipping().expressCost(), currency),
                    config.shipping().expressMinDays(), config.shipping().expressMaxDays(), null));
        }
        return options;
    }

    /**
     * A line that requires a product the cart lacks, or fits only models other than the one of that
     * kind in the cart, gets a warning naming the fix.
     */
    private List<Cart.Warning> compatibility(CartRecord cart, Map<String, Sellable> sellables) {
        List<Cart.Warning> warnings = new ArrayList<>();
        Map<UUID, Optional<String>> categories = new LinkedHashMap<>();
        for (Sellable s : sellables.values()) {
            List<CompatibilityLink> links = catalog.compatibility(s.product(), s.sku()).stream()
                    .filter(l -> l.direction() == CompatibilityLink.Direction.FORWARD).toList();
            for (CompatibilityLink link : links.stream().filter(l -> l.relation() == Relation.REQUIRES).toList()) {
                if (!inCart(sellables, link.other(), link.otherVariant())) {
                    warnings.add(new Cart.Warning("REQUIRES", s.sku(), s.title() + " requires " + describe(link)
                            + ", which is not in your cart.", new Cart.Fix(link.other(), link.otherVariant(), link.otherTitle())));
                }
            }
            List<CompatibilityLink> fits = links.stream().filter(l -> l.relation() == Relation.FITS).toList();
            if (fits.isEmpty() || fits.stream().anyMatch(l -> inCart(sellables, l.other(), l.otherVariant()))) {
                continue;
            }
            java.util.Set<String> fittedKinds = new java.util.HashSet<>();
            fits.forEach(l -> categoryOf(categories, l.other()).ifPresent(fittedKinds::add));
            for (Sellable other : sellables.values()) {
                if (other != s && other.category() != null && fittedKinds.contains(other.category())) {
                    CompatibilityLink first = fits.getFirst();
                    warnings.add(new Cart.Warning("DOES_NOT_FIT", s.sku(), s.title() + " does not fit the " + other.title()
                            + " in your cart; it fits " + String.join(", ", fits.stream().map(CartViews::describe).distinct().toList()) + ".",
                            new Cart.Fix(first.other(), first.otherVariant(), first.otherTitle())));
                }
            }
        }
        return warnings;
    }

    private Optional<String> categoryOf(Map<UUID, Optional<String>> cache, UUID product) {
        return cache.computeIfAbsent(product, p -> catalog.product(p).map(summary -> summary.category()));
    }

    private static boolean inCart(Map<String, Sellable> sellables, UUID product, String sku) {
        return sellables.values().stream().anyMatch(s -> s.product().equals(product) && (sku == null || sku.equals(s.sku())));
    }

    private static String describe(CompatibilityLink link) {
        return link.otherTitle() + (link.otherOptions() == null ? "" : " (" + link.otherOptions() + ")");
    }
}
