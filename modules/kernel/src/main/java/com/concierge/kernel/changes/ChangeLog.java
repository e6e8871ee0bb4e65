package com.concierge.kernel.changes;

import java.util.List;

/**
 * Records changes people make and lists them. There is no way to edit or remove an entry: the log is
 * what a merchandiser or an auditor reads to learn who did what.
 */
public interface ChangeLog {

    /** Appends one entry in a transaction of its own; returns it with its id. */
    Change record(Change change);

    /** Entries matching the query, newest first. */
    List<Change> find(ChangeQuery query);

    /** How many entries match the query (for paging). */
    long count(ChangeQuery query);
}
