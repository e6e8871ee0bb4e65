package com.concierge.measurement.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the sponsored-placement ledger: what a sponsored product got on one day (UTC).
 *
 * @param impressions   cards the assistant showed with the sponsored label
 * @param conversations the conversations those cards were shown in
 * @param cartAdds      adds of the product to a cart in one of those conversations, after the card was shown
 */
public record SponsoredDelivery(UUID product, LocalDate day, int impressions, int conversations, int cartAdds) {
}
