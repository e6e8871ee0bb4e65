package com.concierge.catalog.api.guides;

import com.concierge.catalog.api.imports.RowProblem;
import java.util.List;

/**
 * What a guide import did: a guide is stored only when every one of its rows passed; the rows of a
 * refused guide are each reported, and the other guides of the file are stored.
 *
 * @param rowsRead   data rows in the file
 * @param stored     ids of the guides stored (created or replaced), in file order
 * @param problems   every problem of every refused row, in file order ({@link RowProblem#sku()} holds the guide id)
 */
public record GuideImportReport(long rowsRead, List<String> stored, List<RowProblem> problems) {

    public GuideImportReport {
        stored = List.copyOf(stored);
        problems = List.copyOf(problems);
    }
}
