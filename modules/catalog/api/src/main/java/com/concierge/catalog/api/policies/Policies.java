package com.concierge.catalog.api.policies;

import java.util.List;

/** Every policy the store has, by kind. */
public record Policies(List<ReturnPolicy> returns, List<WarrantyPolicy> warranties, List<ShippingPolicy> shipping) {

    public Policies {
        returns = List.copyOf(returns);
        warranties = List.copyOf(warranties);
        shipping = List.copyOf(shipping);
    }
}
