package com.concierge.measurement.api;

/**
 * What erasing one shopper removed (docs/privacy.md).
 *
 * @param conversations      conversations deleted from measurement and from the assistant's store
 * @param messages           their messages (turns) deleted
 * @param cartAdds           adds to cart deleted
 * @param ordersAnonymised   orders kept for the KPIs without the shopper or their conversations
 * @param events             logged events deleted
 * @param audits             answer audits of their conversations deleted
 * @param outboxRows         delivered outbox rows mentioning them deleted
 */
public record ErasureReport(String shopper, int conversations, int messages, int cartAdds, int ordersAnonymised, int events, int audits,
                            int outboxRows) {
}
