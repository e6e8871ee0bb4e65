package com.concierge.catalog.internal.demo;

import com.concierge.catalog.api.policies.PolicyScope;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.ShippingPolicy;
import com.concierge.catalog.api.policies.WarrantyPolicy;
import java.util.List;
import java.util.Set;

/** The demo store's return, warranty and shipping policies (US and Canada). */
final class DemoPolicies {

    private DemoPolicies() {
    }

    static final List<ReturnPolicy> RETURNS = List.of(
            new ReturnPolicy("store-30", PolicyScope.EVERYWHERE, 30, false, 0, List.of("original packaging", "all accessories included")),
            new ReturnPolicy("headphones-15", PolicyScope.categories("headphones"), 15, false, 15, List.of("hygiene seal intact for in-ear models")),
            new ReturnPolicy("knives-unopened-30", PolicyScope.categories("kitchen-knives"), 30, true, 0, List.of()),
            new ReturnPolicy("toys-holiday-60", PolicyScope.categories("kids-toys"), 60, false, 0, List.of("gift receipts accepted")),
            new ReturnPolicy("luggage-100", PolicyScope.categories("luggage"), 100, false, 0, List.of("unused: tags attached")),
            ReturnPolicy.finalSale("filters-final", new PolicyScope(Set.of(), Set.of("vacuum-parts"), Set.of())));

    static final List<WarrantyPolicy> WARRANTIES = List.of(
            new WarrantyPolicy("store-12", PolicyScope.EVERYWHERE, 12, "defects in materials and workmanship"),
            new WarrantyPolicy("blenders-motor-60", PolicyScope.categories("blenders"), 60, "motor base; jars and blades 12 months"),
            new WarrantyPolicy("vacuums-24", PolicyScope.categories("vacuums"), 24, "motor and battery; not filters or brush wear"),
            new WarrantyPolicy("knives-lifetime", PolicyScope.categories("kitchen-knives"), 600, "defects in blade and handle; not chips from misuse"));

    static final List<ShippingPolicy> SHIPPING = List.of(
            new ShippingPolicy("ship-us", new PolicyScope(Set.of(), Set.of(), Set.of("US")), true, 3, 5, List.of("no PO boxes for items over 30 lb")),
            new ShippingPolicy("ship-ca", new PolicyScope(Set.of(), Set.of(), Set.of("CA")), true, 5, 8, List.of("duties and taxes included")),
            new ShippingPolicy("batteries-ground-us", new PolicyScope(Set.of(), Set.of("vacuum-parts"), Set.of("US")), true, 5, 8,
                    List.of("ground only: lithium-ion batteries")),
            new ShippingPolicy("knives-no-ca", new PolicyScope(Set.of(), Set.of("kitchen-knives"), Set.of("CA")), false, 0, 0,
                    List.of("we cannot ship knives to Canada")));
}
