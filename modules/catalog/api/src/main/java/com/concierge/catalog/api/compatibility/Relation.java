package com.concierge.catalog.api.compatibility;

import java.util.Locale;

/** The kind of a compatibility edge, with how it reads from each end. */
public enum Relation {
    /** A fits B: the jar fits the blender base. */
    FITS("fits", "is fitted by"),
    /** A requires B: the blender needs that base to work. */
    REQUIRES("requires", "is required by"),
    /** A replaces B: the new filter replaces the old one. */
    REPLACES("replaces", "is replaced by"),
    /** A is an accessory of B: the tamper for the blender. */
    ACCESSORY_OF("is an accessory of", "has the accessory");

    private final String forward;
    private final String backward;

    Relation(String forward, String backward) {
        this.forward = forward;
        this.backward = backward;
    }

    /** How "A relation B" reads from A: "fits". */
    public String forward() {
        return forward;
    }

    /** How the same edge reads from B: "is fitted by". */
    public String backward() {
        return backward;
    }

    /** "fits", "FITS", "accessory-of", "accessory_of". */
    public static Relation parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("relation '" + text + "' is not one of fits, requires, replaces, accessory-of");
        }
    }
}
