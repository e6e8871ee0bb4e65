package com.concierge.postpurchase.api;

import java.util.List;

/**
 * What a shopper asks to send back.
 *
 * @param lines   which SKUs and how many of each
 * @param reason  a {@link ReturnReason} code ("too-loud")
 * @param comment the shopper's own words, optional (at most 2,000 characters)
 * @param opened  whether the items were opened or used (a policy may refuse or charge a restocking fee)
 */
public record ReturnRequest(List<Line> lines, String reason, String comment, boolean opened) {

    public ReturnRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Units of one SKU of the order. */
    public record Line(String sku, int quantity) {
    }
}
