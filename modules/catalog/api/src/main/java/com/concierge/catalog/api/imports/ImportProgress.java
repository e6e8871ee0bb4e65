package com.concierge.catalog.api.imports;

/** Told after each stored chunk of a long import. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {
    };

    /** @param rowsDone rows checked and stored (or refused) so far; @param rowsTotal rows in the file */
    void progress(long rowsDone, long rowsTotal);
}
