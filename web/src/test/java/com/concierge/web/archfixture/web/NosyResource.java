package com.concierge.web.archfixture.web;

import com.concierge.web.archfixture.alpha.api.AlphaRecords;

/** Violation: the web layer reading a record through a method that checks no owner. */
public class NosyResource {
    public String get(AlphaRecords records, String id) {
        return records.anyonesRecord(id);
    }
}
