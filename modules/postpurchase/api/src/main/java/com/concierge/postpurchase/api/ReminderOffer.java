package com.concierge.postpurchase.api;

/**
 * A line of an order that is a consumable: how often it needs replacing, and the reminder, if the
 * shopper asked for one.
 *
 * @param available whether a reminder may be asked for now (the order was delivered and none is scheduled)
 * @param why       when not available and none exists: why ("once the order is delivered")
 * @param reminder  the reminder asked for, or null
 */
public record ReminderOffer(String sku, String title, int days, String advice, boolean available, String why, Reminder reminder) {
}
