package com.concierge.postpurchase.internal.messaging;

import com.concierge.kernel.events.EventRoute;
import com.concierge.postpurchase.api.events.DataQualityTicketOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

/** The outbox relay's way onto the {@value DataQualityTicketOpened#CHANNEL} channel (consumer: measurement). */
@ApplicationScoped
class DataQualityTicketOpenedRoute extends EventRoute<DataQualityTicketOpened> {

    @Inject
    @Channel(DataQualityTicketOpened.CHANNEL)
    Emitter<DataQualityTicketOpened> emitter;

    DataQualityTicketOpenedRoute() {
        super(DataQualityTicketOpened.class, DataQualityTicketOpened.CHANNEL);
    }

    @Override
    protected Emitter<DataQualityTicketOpened> emitter() {
        return emitter;
    }
}
