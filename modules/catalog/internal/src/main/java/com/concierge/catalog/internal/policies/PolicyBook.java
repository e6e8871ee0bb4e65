package com.concierge.catalog.internal.policies;

import com.concierge.catalog.api.policies.ItemContext;
import com.concierge.catalog.api.policies.ItemPolicies;
import com.concierge.catalog.api.policies.PolicyAnswer;
import com.concierge.catalog.api.policies.PolicyScope;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.catalog.api.policies.WarrantyPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * All return and warranty policies, and the rules that pick one for an item: the most specific
 * scope that covers it wins (product, then category, then store-wide; a named region beats any
 * region), then the narrowest, then the smallest id, so the choice never depends on load order.
 */
public final class PolicyBook {

    private final List<ReturnPolicy> returns;
    private final List<WarrantyPolicy> warranties;
    private final List<ShippingPolicy> shipping;

    public PolicyBook(List<ReturnPolicy> returns, List<WarrantyPolicy> warranties) {
        this(returns, warranties, List.of());
    }

    public PolicyBook(List<ReturnPolicy> returns, List<WarrantyPolicy> warranties, List<ShippingPolicy> shipping) {
        this.returns = List.copyOf(returns);
        this.warranties = List.copyOf(warranties);
        this.shipping = List.copyOf(shipping);
        requireUniqueIds(this.returns.stream().map(ReturnPolicy::id).toList(), "return");
        requireUniqueIds(this.warranties.stream().map(WarrantyPolicy::id).toList(), "warranty");
        requireUniqueIds(this.shipping.stream().map(ShippingPolicy::id).toList(), "shipping");
    }

    /** Does the item ship to its region, how fast and with which restrictions. */
    public PolicyAnswer shipping(ItemContext item) {
        Optional<ShippingPolicy> found = pick(shipping, ShippingPolicy::scope, ShippingPolicy::id, item);
        if (found.isEmpty()) {
            return new PolicyAnswer(false, null, null, List.of(), "We do not ship this item to " + item.region() + ".");
        }
        ShippingPolicy policy = found.get();
        String under = " under policy '" + policy.id() + "' (" + policy.scope().describe() + ")";
        if (!policy.ships()) {
            return new PolicyAnswer(false, policy.id(), null, policy.restrictions(), "Does not ship to " + item.region() + under + ".");
        }
        String days = policy.minDays() == policy.maxDays() ? policy.minDays() + "" : policy.minDays() + "–" + policy.maxDays();
        return new PolicyAnswer(true, policy.id(), null, policy.restrictions(),
                "Ships to " + item.region() + " in " + days + " business days" + under + ".");
    }

    /** One answer per question for the item, asked on {@code askedOn}. */
    public ItemPolicies answer(ItemContext item, LocalDate askedOn) {
        return new ItemPolicies(item, mayReturn(item, askedOn), underWarranty(item, askedOn), shipping(item));
    }

    /** The return policy that applies to the item, if any. */
    public Optional<ReturnPolicy> returnPolicyFor(ItemContext item) {
        return pick(returns, ReturnPolicy::scope, ReturnPolicy::id, item);
    }

    public Optional<WarrantyPolicy> warrantyFor(ItemContext item) {
        return pick(warranties, WarrantyPolicy::scope, WarrantyPolicy::id, item);
    }

    /** May the item be returned if the shopper asks on {@code askedOn}, and why. */
    public PolicyAnswer mayReturn(ItemContext item, LocalDate askedOn) {
        Optional<ReturnPolicy> found = returnPolicyFor(item);
        if (found.isEmpty()) {
            return new PolicyAnswer(false, null, null, List.of(),
                    "No return policy covers this item in " + item.region() + "; please contact us.");
        }
        ReturnPolicy policy = found.get();
        String under = " under policy '" + policy.id() + "' (" + policy.scope().describe() + ")";
        if (policy.windowDays() == null) {
            return new PolicyAnswer(false, policy.id(), null, policy.conditions(), "Not returnable: final sale" + under + ".");
        }
        LocalDate lastDay = item.deliveredOn().plusDays(policy.windowDays());
        if (askedOn.isBefore(item.deliveredOn())) {
            return new PolicyAnswer(true, policy.id(), lastDay, conditions(policy),
                    "Returnable until " + lastDay + ", " + policy.windowDays() + " days after delivery" + under + ".");
        }
        if (askedOn.isAfter(lastDay)) {
            return new PolicyAnswer(false, policy.id(), lastDay, policy.conditions(),
                    "Not returnable: the " + policy.windowDays() + "-day window" + under + " ended on " + lastDay + ".");
        }
        if (item.opened() && policy.unopenedOnly()) {
            return new PolicyAnswer(false, policy.id(), lastDay, policy.conditions(),
                    "Not returnable once opened" + under + ".");
        }
        return new PolicyAnswer(true, policy.id(), lastDay, conditions(policy),
                "Returnable until " + lastDay + ", " + policy.windowDays() + " days after delivery" + under + "."
                        + (item.opened() && policy.restockingFeePercent() > 0
                        ? " Opened items carry a " + policy.restockingFeePercent() + "% restocking fee." : ""));
    }

    /** Is the item under warranty on {@code on}, until when, and why. */
    public PolicyAnswer underWarranty(ItemContext item, LocalDate on) {
        Optional<WarrantyPolicy> found = warrantyFor(item);
        if (found.isEmpty() || found.get().months() == 0) {
            return new PolicyAnswer(false, found.map(WarrantyPolicy::id).orElse(null), null, List.of(),
                    "No warranty covers this item in " + item.region() + ".");
        }
        WarrantyPolicy policy = found.get();
        LocalDate lastDay = item.deliveredOn().plusMonths(policy.months()).minusDays(1);
        List<String> coverage = policy.coverage().isEmpty() ? List.of() : List.of(policy.coverage());
        String under = " under warranty '" + policy.id() + "' (" + policy.months() + " months, " + policy.scope().describe() + ")";
        return on.isAfter(lastDay)
                ? new PolicyAnswer(false, policy.id(), lastDay, coverage, "The warranty ended on " + lastDay + under + ".")
                : new PolicyAnswer(true, policy.id(), lastDay, coverage, "Covered until " + lastDay + under + ".");
    }

    private static List<String> conditions(ReturnPolicy policy) {
        List<String> all = new ArrayList<>();
        if (policy.unopenedOnly()) {
            all.add("unopened items only");
        }
        if (policy.restockingFeePercent() > 0) {
            all.add(policy.restockingFeePercent() + "% restocking fee on opened items");
        }
        all.addAll(policy.conditions());
        return all;
    }

    private static <P> Optional<P> pick(List<P> policies, Function<P, PolicyScope> scope, Function<P, String> id, ItemContext item) {
        return policies.stream()
                .filter(p -> scope.apply(p).covers(item.product(), item.category(), item.region()))
                .min(Comparator.<P>comparingInt(p -> -scope.apply(p).specificity())
                        .thenComparingInt(p -> scope.apply(p).breadth())
                        .thenComparing(id));
    }

    private static void requireUniqueIds(List<String> ids, String kind) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("two " + kind + " policies have the id " + id);
            }
        }
    }
}
