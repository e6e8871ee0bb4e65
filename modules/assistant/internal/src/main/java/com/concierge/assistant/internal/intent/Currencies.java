package com.concierge.assistant.internal.intent;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The store's currency and the retailer's exchange rates ({@code cc.store.exchange-rates}, e.g.
 * {@code GBP=1.27,EUR=1.08}: store-currency units per unit of the other currency). A limit a shopper
 * gives in a currency with a rate ("under £60") is applied in the store's currency; without a rate it
 * is kept as said and not applied.
 */
public record Currencies(String store, Map<String, BigDecimal> rates) {

    public static final Currencies NONE = new Currencies("USD", Map.of());

    public Currencies {
        store = store.toUpperCase(Locale.ROOT);
        rates = Map.copyOf(rates);
    }

    /**
     * Reads {@code GBP=1.27,EUR=1.08}. A malformed entry (unknown code, a rate that is not a positive
     * number) stops the store at start with a message naming it, rather than converting wrongly.
     */
    public static Currencies parse(String store, String rates) {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        for (String entry : rates == null ? new String[0] : rates.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] pair = entry.split("=", 2);
            String code = pair[0].strip().toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(code);
                BigDecimal rate = new BigDecimal(pair.length == 2 ? pair[1].strip() : "");
                if (rate.signum() <= 0) {
                    throw new NumberFormatException();
                }
                parsed.put(code, rate);
            } catch (IllegalArgumentException e) { // NumberFormatException is one
                throw new IllegalArgumentException("cc.store.exchange-rates: \"" + entry.strip()
                        + "\" is not CODE=rate (an ISO 4217 code and a positive number of " + store + " per unit)", e);
            }
        }
        return new Currencies(store, parsed);
    }

    /** The rate from {@code currency} to the store's, when the retailer set one. */
    public Optional<BigDecimal> rate(String currency) {
        return Optional.ofNullable(rates.get(currency.toUpperCase(Locale.ROOT)));
    }
}
