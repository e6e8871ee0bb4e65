package com.concierge.checkout.internal.cart;

import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.CheckoutException.Kind;
import com.concierge.checkout.api.Discount;
import com.concierge.checkout.internal.DiscountRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Loading carts with their access rule, their discount and their stock holds. */
@ApplicationScoped
public class Carts {

    private final Inventory inventory;
    private final Clock clock = Clock.systemUTC();

    Carts(Inventory inventory) {
        this.inventory = inventory;
    }

    /**
     * The cart, when {@code owner} may reach it: a guest cart by its id, a shopper's cart only by
     * that shopper. Someone else's cart is "not found", never "forbidden" (that would confirm it exists).
     * A refusal here leaves the caller's transaction usable (order placement stores it as the
     * idempotency key's answer in that transaction).
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = CheckoutException.class)
    public CartRecord load(UUID id, String owner) {
        CartRecord cart = CartRecord.findById(id);
        if (cart == null || (cart.owner != null && !cart.owner.equals(owner))) {
            throw new CheckoutException(Kind.CART_NOT_FOUND, "No cart " + id + ".");
        }
        return cart;
    }

    /** The cart, when it can still change (not ordered, not merged into another). */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = CheckoutException.class)
    public CartRecord open(UUID id, String owner) {
        return active(load(id, owner), id);
    }

    /**
     * The cart, as {@link #open}, locked until the transaction ends: edits of one cart (a double
     * click, eight tabs) run one after the other instead of failing on its version.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = CheckoutException.class)
    public CartRecord change(UUID id, String owner) {
        CartRecord cart = CartRecord.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (cart == null || (cart.owner != null && !cart.owner.equals(owner))) {
            throw new CheckoutException(Kind.CART_NOT_FOUND, "No cart " + id + ".");
        }
        return active(cart, id);
    }

    private static CartRecord active(CartRecord cart, UUID id) {
        if (!Cart.Status.ACTIVE.name().equals(cart.status)) {
            throw new CheckoutException(Kind.CART_CLOSED, "Cart " + id + " is " + cart.status.toLowerCase()
                    + (Cart.Status.ORDERED.name().equals(cart.status) ? "; start a new cart." : " into the shopper's cart."));
        }
        return cart;
    }

    /** The cart's discount code, or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Discount discount(CartRecord cart) {
        if (cart.discountCode == null) {
            return null;
        }
        DiscountRecord record = DiscountRecord.findById(cart.discountCode);
        return record == null ? null : record.toView();
    }

    /** Gives back every unit the cart holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseHolds(UUID cart) {
        List<ReservationRecord> holds = ReservationRecord.list("cart = ?1 and status = ?2", cart, ReservationRecord.ACTIVE);
        holds.forEach(this::release);
    }

    /** Releases the cart's holds that expired; how many. */
    @Transactional
    public int releaseExpiredHolds(UUID cart) {
        List<ReservationRecord> expired = ReservationRecord.list("cart = ?1 and status = ?2 and expiresAt <= ?3", cart, ReservationRecord.ACTIVE,
                clock.instant());
        return (int) expired.stream().filter(this::release).count();
    }

    /** Releases expired holds; how many. */
    @Transactional
    public int releaseExpired() {
        List<ReservationRecord> expired = ReservationRecord.list("status = ?1 and expiresAt <= ?2", ReservationRecord.ACTIVE, clock.instant());
        return (int) expired.stream().filter(this::release).count();
    }

    /** RELEASED by a conditional update (an order may be consuming it at the same moment); true when this call did it. */
    private boolean release(ReservationRecord hold) {
        if (ReservationRecord.update("status = ?1 where id = ?2 and status = ?3", "RELEASED", hold.id, ReservationRecord.ACTIVE) != 1) {
            return false;
        }
        inventory.release(hold.sku, hold.quantity);
        return true;
    }
}
