package com.concierge.measurement.internal.messaging;

import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link ShopperInteracted} for measurement. */
@ApplicationScoped
public class ShopperInteractedHandler {

    private final EventIntake intake;

    ShopperInteractedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(ShopperInteracted.CHANNEL)
    @Blocking
    @Transactional
    public void on(ShopperInteracted event) {
        intake.record(event);
    }
}
