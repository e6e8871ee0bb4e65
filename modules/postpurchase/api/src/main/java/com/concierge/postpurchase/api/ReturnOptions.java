package com.concierge.postpurchase.api;

import com.concierge.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What of an order may be sent back today, line by line, each answer citing the return policy
 * that decides it.
 *
 * @param deliveredOn the day the order was delivered, null while it is on its way
 * @param why         when nothing can be returned, why in one sentence; else null
 */
public record ReturnOptions(UUID orderId, String orderNumber, LocalDate deliveredOn, List<Line> lines, String why) {

    public ReturnOptions {
        lines = List.copyOf(lines);
    }

    /**
     * One line of the order.
     *
     * @param bought        units bought
     * @param returnable    units that may still be asked for (bought minus those in returns not refused)
     * @param allowed       whether the policy allows a return today
     * @param policyId      the return policy that decides, null when none covers the item
     * @param lastDay       the last day a return may be asked for, if the policy has a window
     * @param restockingFeePercent charged on opened items (0 when none)
     * @param why           the policy's answer in one sentence
     */
    public record Line(String sku, UUID product, String title, int bought, int returnable, Money unitPrice, boolean allowed,
                       String policyId, LocalDate lastDay, int restockingFeePercent, String why) {
    }
}
