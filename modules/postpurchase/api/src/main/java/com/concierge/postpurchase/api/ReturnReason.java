package com.concierge.postpurchase.api;

import java.util.Locale;

/**
 * Why a shopper sends something back. A reason the store caused ({@link #storeFault()}) refunds
 * the order's shipping and charges no restocking fee; a reason that names a measured property
 * ({@link #contradicts()}) is checked against what the assistant claimed for the product.
 */
public enum ReturnReason {
    TOO_LOUD("Too loud", false, "noise"),
    TOO_BIG("Too big", false, "size"),
    TOO_SMALL("Too small", false, "size"),
    DOES_NOT_FIT("Does not fit what I have", false, "compatibility"),
    NOT_AS_DESCRIBED("Not as described", true, null),
    DEFECTIVE("Defective or stopped working", true, null),
    ARRIVED_DAMAGED("Arrived damaged", true, null),
    WRONG_ITEM("Wrong item sent", true, null),
    CHANGED_MIND("Changed my mind", false, null),
    BETTER_PRICE("Found a better price", false, null),
    OTHER("Another reason", false, null);

    private final String label;
    private final boolean storeFault;
    private final String contradicts;

    ReturnReason(String label, boolean storeFault, String contradicts) {
        this.label = label;
        this.storeFault = storeFault;
        this.contradicts = contradicts;
    }

    /** What a shopper reads ("Too loud"). */
    public String label() {
        return label;
    }

    /** The store sent something wrong or broken: shipping comes back and no restocking fee is charged. */
    public boolean storeFault() {
        return storeFault;
    }

    /** The kind of claim this reason contradicts ("noise", "size", "compatibility"), or null. */
    public String contradicts() {
        return contradicts;
    }

    /** The reason with this code ("too-loud", "TOO_LOUD"), or null when there is none. */
    public static ReturnReason parse(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The code clients send: "too-loud". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
