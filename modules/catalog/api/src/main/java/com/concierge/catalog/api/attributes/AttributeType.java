package com.concierge.catalog.api.attributes;

/** How an attribute's values are written and checked. */
public enum AttributeType {
    /** A number, with a unit when the attribute has a dimension ("62 dB"), plain otherwise ("3"). */
    NUMBER,
    /** One of the attribute's allowed values ("stainless steel"). */
    ENUM,
    /** yes/no, true/false. */
    BOOLEAN,
    /** Free text. */
    TEXT,
    /** Several of the attribute's allowed values, separated by "|" or ";". */
    LIST
}
