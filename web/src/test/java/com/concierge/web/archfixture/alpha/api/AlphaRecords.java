package com.concierge.web.archfixture.alpha.api;

import com.concierge.kernel.ModulesOnly;

/** A facade with a method for modules only (it checks no owner). */
public interface AlphaRecords {

    @ModulesOnly
    String anyonesRecord(String id);

    String ownRecord(String id, String owner);
}
