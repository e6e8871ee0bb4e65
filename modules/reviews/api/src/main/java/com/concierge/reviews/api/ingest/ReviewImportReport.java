package com.concierge.reviews.api.ingest;

import java.util.List;

/**
 * What a review import did: every row is either stored, already there (the same author, date and
 * text for the product: importing a file twice adds nothing) or refused with its problems.
 */
public record ReviewImportReport(long rowsRead, int stored, int unchanged, List<ReviewRowProblem> problems) {

    public ReviewImportReport {
        problems = List.copyOf(problems);
    }
}
