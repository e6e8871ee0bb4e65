package com.concierge.catalog.api.attributes;

/** What a quantity measures; each dimension has one canonical unit values are normalized to. */
public enum Dimension {
    LENGTH,
    MASS,
    VOLUME,
    POWER,
    SOUND_LEVEL,
    TEMPERATURE,
    DURATION,
    ELECTRIC_CHARGE,
    SPEED,
    FREQUENCY;

    /** The unit values of this dimension are stored in. */
    public Unit canonicalUnit() {
        for (Unit unit : Unit.values()) {
            if (unit.dimension() == this && unit.isCanonical()) {
                return unit;
            }
        }
        throw new IllegalStateException("no canonical unit for " + this);
    }
}
