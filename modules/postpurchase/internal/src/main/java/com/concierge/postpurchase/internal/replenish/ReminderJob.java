package com.concierge.postpurchase.internal.replenish;

import com.concierge.postpurchase.api.Reminders;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Sends the reminders that are due, on every store instance ({@code cc.postpurchase.reminder-every},
 * 5 minutes by default): the claim in {@link Reminders#sendDue} makes each go once however many
 * instances run it (docs/postpurchase.md#replenishment).
 */
@ApplicationScoped
class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final Reminders reminders;
    private final Clock clock = Clock.systemUTC();

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(identity = "postpurchase-reminders", every = "${cc.postpurchase.reminder-every:5m}", delayed = "${cc.postpurchase.reminder-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int sent = reminders.sendDue(clock.instant());
        if (sent > 0) {
            LOG.infof("Sent %d replenishment reminder(s)", sent);
        }
    }
}
