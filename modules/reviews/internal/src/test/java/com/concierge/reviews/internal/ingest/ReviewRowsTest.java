package com.concierge.reviews.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.kernel.files.TableFile;
import com.concierge.reviews.api.ingest.ReviewRowProblem;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewRowsTest {

    private final ReviewRows rows = new ReviewRows(Set.of("CAL-BLK", "CAL-WHT"), LocalDate.of(2026, 11, 22));

    private ReviewRows.Result check(String csv) {
        return rows.check(TableFile.csv(new StringReader("rating,title,text,date,variant,verified,author\n" + csv)));
    }

    @Test
    void aGoodRowKeepsEveryField() {
        ReviewRows.Result result = check("4,Solid,Works well.,2026-11-22,CAL-WHT,Y,ann-0001\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.accepted()).singleElement().isEqualTo(
                new ReviewRows.Draft(2, 4, "Solid", "Works well.", LocalDate.of(2026, 11, 22), "CAL-WHT", true, "ann-0001"));
    }

    @Test
    void eachBadFieldIsItsOwnProblem() {
        String longTitle = "t".repeat(ReviewRows.MAX_TITLE + 1);
        ReviewRows.Result result = check("4.5," + longTitle + ",Fine.,22/11/2026,,no,ann\n,,Fine.,2026-11-01,,,ann\n");

        assertThat(result.accepted()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.row() + " " + p.field() + " " + p.reason()).containsExactly(
                "2 rating INVALID_RATING", "2 title TOO_LONG", "2 date INVALID_DATE", "3 rating MISSING_REQUIRED");
        assertThat(result.problems().get(2).message()).isEqualTo("date '22/11/2026' is not a date like 2026-11-22");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason()).isNotEqualTo(ReviewRowProblem.Reason.MALFORMED_FILE));
    }

    @Test
    void authorsAreMaskedForDisplay() {
        assertThat(ReviewRecord.masked("jane.doe.42")).isEqualTo("ja…42");
        assertThat(ReviewRecord.masked("bob")).isEqualTo("…");
    }
}
