package com.concierge.measurement.internal.messaging;

import com.concierge.catalog.api.events.ProductPublished;
import com.concierge.measurement.internal.EventIntake;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link ProductPublished} for measurement. */
@ApplicationScoped
public class ProductPublishedHandler {

    private final EventIntake intake;

    ProductPublishedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(ProductPublished.CHANNEL)
    @Blocking
    @Transactional
    public void on(ProductPublished event) {
        intake.record(event);
    }
}
