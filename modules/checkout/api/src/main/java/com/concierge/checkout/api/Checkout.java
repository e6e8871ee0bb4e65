package com.concierge.checkout.api;

import com.concierge.kernel.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The checkout facade. {@code owner} is the signed-in shopper's subject, or null for a guest: a
 * guest cart is reached by its (unguessable) id, a shopper's cart and orders only by that shopper.
 * Every method that cannot do what was asked throws {@link CheckoutException} with a kind a client
 * can act on.
 */
public interface Checkout {

    /** The owner the merchandiser console acts as: it reaches every order. */
    String STAFF = "*staff*";

    /** A new guest cart, or the signed-in shopper's active cart (created when there is none). */
    Cart openCart(String owner, UUID conversation);

    Cart cart(UUID cart, String owner);

    /** Adds units of a variant (to the line it already has, if any); {@code conversation} may be null. */
    Cart addItem(UUID cart, String owner, String sku, int quantity, UUID conversation);

    /** Sets a line's quantity; 0 removes the line. */
    Cart setQuantity(UUID cart, String owner, String sku, int quantity);

    Cart applyDiscount(UUID cart, String owner, String code);

    Cart removeDiscount(UUID cart, String owner);

    /** Where the cart ships and how; {@code shippingOption} null picks the cheapest option. */
    Cart shipTo(UUID cart, String owner, String region, String shippingOption);

    /** Moves a guest cart's lines and conversations into the shopper's cart (on login); the guest cart is closed. */
    Cart mergeGuestCart(UUID guestCart, String owner);

    /** Holds the cart's stock for the configured time while the shopper pays; again extends the hold. */
    Reservation startCheckout(UUID cart, String owner);

    /** Gives the held stock back (the shopper left checkout). */
    void cancelCheckout(UUID cart, String owner);

    /**
     * Places an order with Stripe's idempotency semantics: the same key and body give the same
     * outcome (also concurrently); the same key with another body is refused
     * ({@link CheckoutException.Kind#IDEMPOTENCY_KEY_REUSED}).
     */
    OrderOutcome placeOrder(String idempotencyKey, String owner, PlaceOrder request);

    Order order(UUID order, String owner);

    /** The shopper's orders, newest first. */
    List<Order> orders(String owner, int limit);

    /** Completes a payment that required the shopper's action (3-D Secure) once the provider confirms it. */
    Order confirmPayment(UUID order, String owner);

    /** Cancels a placed or paid order (a paid one is refunded in full); the units go back on hand. */
    Order cancel(UUID order, String owner, String reason);

    Order fulfil(UUID order, String by);

    /** Fulfilled as a parcel with {@code carrier} and its {@code trackingNumber} (each at most 100 characters), which the shopper sees. */
    Order fulfil(UUID order, String by, String carrier, String trackingNumber);

    /** Delivered now. */
    Order deliver(UUID order, String by);

    /**
     * Delivered at {@code deliveredAt} (a carrier's scan, recorded later): return windows count from
     * that day. It may not be in the future nor before the order was placed.
     */
    Order deliver(UUID order, String by, java.time.Instant deliveredAt);

    /** Refunds part or all of what is left; refunding everything makes the order REFUNDED. */
    Order refund(UUID order, Money amount, String reason);

    List<Discount> discounts();

    Discount putDiscount(Discount discount);

    boolean deleteDiscount(String code);

    /** Releases reservations past their time and cancels orders whose payment action never came; returns how many. */
    int expireHolds();

    /** Forgets idempotency keys older than the retention; returns how many. */
    int purgeIdempotencyKeys();

    Optional<Order> orderByNumber(String number);
}
