package com.concierge.checkout.internal;

import com.concierge.kernel.identity.OwnerColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Carts and orders owned by a username before owners became subjects go to the user's subject at their next sign-in. */
@ApplicationScoped
class CheckoutLegacyOwners extends OwnerColumns {

    CheckoutLegacyOwners() {
        super(List.of("checkout_cart", "checkout_order"));
    }
}
