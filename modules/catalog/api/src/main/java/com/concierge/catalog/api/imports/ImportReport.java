package com.concierge.catalog.api.imports;

import java.util.List;

/**
 * What an import did with a file.
 *
 * @param rowsRead          data rows in the file
 * @param acceptedSkus      SKUs of the rows that passed every check and were stored, in file order
 * @param problems          every problem of every refused row, in file order
 * @param productsCreated   products that did not exist before
 * @param productsUpdated   products that existed and changed
 * @param productsUnchanged products that existed and already matched the file
 */
public record ImportReport(long rowsRead, List<String> acceptedSkus, List<RowProblem> problems, int productsCreated,
                           int productsUpdated, int productsUnchanged) {

    public ImportReport {
        acceptedSkus = List.copyOf(acceptedSkus);
        problems = List.copyOf(problems);
    }

    /** A report of checks only, before anything was stored. */
    public ImportReport(long rowsRead, List<String> acceptedSkus, List<RowProblem> problems) {
        this(rowsRead, acceptedSkus, problems, 0, 0, 0);
    }

    public long rowsRefused() {
        return problems.stream().map(RowProblem::row).distinct().count();
    }
}
