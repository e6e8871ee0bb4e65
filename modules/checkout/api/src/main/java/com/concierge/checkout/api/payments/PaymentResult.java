package com.concierge.checkout.api.payments;

/**
 * What the provider answered.
 *
 * @param declineCode   why a DECLINED payment was refused ("card_declined", "insufficient_funds"), else null
 * @param nextActionUrl where the shopper completes a REQUIRES_ACTION payment, else null
 * @param cardBrand     as the provider reports it ("visa"), or null
 * @param cardLast4     the last four digits as the provider reports them, or null
 */
public record PaymentResult(Status status, String reference, String declineCode, String nextActionUrl, String cardBrand,
                            String cardLast4) {

    public enum Status { CAPTURED, REQUIRES_ACTION, DECLINED, REFUNDED }
}
