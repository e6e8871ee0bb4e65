package com.concierge.measurement.internal.messaging;

import com.concierge.measurement.internal.EventIntake;
import com.concierge.postpurchase.api.events.DataQualityTicketOpened;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Logs {@link DataQualityTicketOpened} for measurement. */
@ApplicationScoped
public class DataQualityTicketOpenedHandler {

    private final EventIntake intake;

    DataQualityTicketOpenedHandler(EventIntake intake) {
        this.intake = intake;
    }

    @Incoming(DataQualityTicketOpened.CHANNEL)
    @Blocking
    @Transactional
    public void on(DataQualityTicketOpened event) {
        intake.record(event);
    }
}
