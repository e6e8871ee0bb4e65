package com.concierge.assistant.api;

import com.concierge.kernel.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product the assistant shows, with the variant that fits and why.
 *
 * @param variant   the SKU of the variant that satisfies the constraints (colour, stock)
 * @param role      for "help me decide": PICK, BUDGET or UPGRADE; null in a plain list
 * @param sponsored a paid placement, labelled as such (see {@link Receipt#sponsored()})
 */
public record Recommendation(UUID product, String variant, String handle, String title, String brand, Money price,
                             BigDecimal rating, int reviewCount, Role role, boolean sponsored, Receipt receipt) {

    public enum Role { PICK, BUDGET, UPGRADE }
}
