package com.concierge.catalog.api.imports;

import java.util.List;

/**
 * What an import did with a file.
 *
 * @param rowsRead     data rows in the file
 * @param acceptedSkus SKUs of the rows that passed every check, in file order
 * @param problems     every problem of every refused row, in file order
 */
public record ImportReport(long rowsRead, List<String> acceptedSkus, List<RowProblem> problems) {

    public ImportReport {
        acceptedSkus = List.copyOf(acceptedSkus);
        problems = List.copyOf(problems);
    }

    public long rowsRefused() {
        return problems.stream().map(RowProblem::row).distinct().count();
    }
}
