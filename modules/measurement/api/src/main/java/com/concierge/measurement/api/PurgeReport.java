package com.concierge.measurement.api;

import java.time.Instant;

/**
 * What a retention purge removed (docs/privacy.md): the shopper's words before {@code textBefore},
 * logged events before {@code eventsBefore}, intent records before {@code recordsBefore}. Daily
 * aggregates (KPIs, intent analytics) are kept.
 */
public record PurgeReport(Instant textBefore, int messageTexts, int auditTexts, int assistantConversations, Instant eventsBefore,
                          int events, Instant recordsBefore, int conversations, int messages, int cartAdds, int orders) {
}
