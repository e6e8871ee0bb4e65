package com.concierge.measurement.internal.privacy;

import com.concierge.kernel.identity.OwnerColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Conversations, adds to cart, orders and logged events owned by a username before owners became
 * subjects go to the user's subject at their next sign-in, so their history and erasure find them.
 */
@ApplicationScoped
class MeasurementLegacyOwners extends OwnerColumns {

    MeasurementLegacyOwners() {
        super(List.of("measurement_conversation", "measurement_cart_add", "measurement_order", "measurement_event_log"));
    }
}
