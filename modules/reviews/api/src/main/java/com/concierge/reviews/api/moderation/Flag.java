package com.concierge.reviews.api.moderation;

import com.concierge.reviews.api.Citation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An item in the merchandisers' review queue: review content that must not reach shoppers through
 * the assistant until a person has looked at it.
 *
 * @param id         the flag's id
 * @param product    the product reviewed
 * @param kind       safety statement, defect pattern or contradiction with the catalog
 * @param topic      what it is about: safety topics ("fire, burn"), the failing part and how
 *                   ("handle: broke"), or the contradicted attribute ("jar_capacity")
 * @param detail     one sentence for the merchandiser
 * @param citations  the review spans concerned
 * @param status     open until decided
 * @param raisedAt   when it was first raised (or raised again by new reviews)
 * @param decidedBy  who decided, null while open
 * @param decidedAt  when, null while open
 * @param note       the decider's note
 */
public record Flag(UUID id, UUID product, Kind kind, String topic, String detail, List<Citation> citations, Status status,
                   Instant raisedAt, String decidedBy, Instant decidedAt, String note) {

    public Flag {
        citations = List.copyOf(citations);
    }

    public enum Kind {
        /** A statement about fire, smoke, burns, shocks, choking, injury, mold, recalls. */
        SAFETY,
        /** The same failure of the same part told by several reviews. */
        DEFECT,
        /** A factual claim that disagrees with a catalog attribute. */
        CONTRADICTION
    }

    public enum Status {
        /** Not looked at yet: the content is held out. */
        OPEN,
        /** Looked at and harmless (or the catalog was corrected): the content may be used again. */
        CLEARED,
        /** Looked at and real: the content stays held out. */
        CONFIRMED
    }

    /** What a merchandiser decides. */
    public enum Decision {
        CLEAR, CONFIRM
    }
}
