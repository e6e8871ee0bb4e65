package com.concierge.checkout.internal.order;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Receipt;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.inventory.Sellable;
import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.CheckoutException.Kind;
import com.concierge.checkout.api.Order;
import com.concierge.checkout.api.OrderOutcome;
import com.concierge.checkout.api.PlaceOrder;
import com.concierge.checkout.api.events.OrderPaid;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.checkout.api.payments.PaymentGateway;
import com.concierge.checkout.api.payments.PaymentResult;
import com.concierge.checkout.internal.CheckoutConfig;
import com.concierge.checkout.internal.cart.CartRecord;
import com.concierge.checkout.internal.cart.CartViews;
import com.concierge.checkout.internal.cart.Carts;
import com.concierge.checkout.internal.cart.ReservationRecord;
import com.concierge.kernel.Money;
import com.concierge.kernel.concurrency.ConflictRetries;
import com.concierge.kernel.events.EventPublisher;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Places orders with Stripe's idempotency semantics (docs/checkout.md):
 *
 * <ol>
 * <li>one transaction claims the key (first insert wins) with the id the order will have, releases
 *     the cart's expired holds and checks the cart as the shopper confirmed it (its version, prices,
 *     region, stock); a refusal is the key's answer. A request that finds the key taken waits for its
 *     answer and returns it, or is refused when its body differs;</li>
 * <li>the payment is charged with that order id, outside any database transaction (no row lock waits
 *     on the provider);</li>
 * <li>one transaction takes the stock (the cart's reservation, or the available units), writes the
 *     order with its attribution, closes the cart, publishes the events and stores the key's answer;
 *     when the stock is gone it rolls back and the charge is refunded.</li>
 * </ol>
 *
 * A store that dies between 1 and 3 leaves the key in progress: once it is older than
 * {@code cc.checkout.idempotency-abandoned-after}, the next retry with the same key and body takes
 * it over and runs 1–3 again with the same order id, which the provider answers with the first
 * charge instead of a second one.
 */
@ApplicationScoped
public class OrderPlacement {

    private static final Logger LOG = Logger.getLogger(OrderPlacement.class);
    private static final char[] NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdempotencyKeys keys;
    private final Carts carts;
    private final CartViews views;
    private final Inventory inventory;
    private final PaymentGateway payments;
    private final Assistant assistant;
    private final EventPublisher events;
    private final OrderDesk desk;
    private final CheckoutConfig config;
    private final Clock clock = Clock.systemUTC();

    OrderPlacement(IdempotencyKeys keys, Carts carts, CartViews views, Inventory inventory, PaymentGateway payments, Assistant assistant,
                   EventPublisher events, OrderDesk desk, CheckoutConfig config) {
        this.keys = keys;
        this.carts = carts;
        this.views = views;
        this.inventory = inventory;
        this.payments = payments;
        this.assistant = assistant;
        this.events = events;
        this.desk = desk;
        this.config = config;
    }

    public OrderOutcome place(String key, String owner, PlaceOrder request) {
        validate(key, request); // refused before the key is claimed: nothing to remember
        // Keys belong to a caller, as at Stripe: the signed-in shopper, or for a guest the cart.
        String caller = owner != null ? "user:" + owner : "cart:" + request.cart();
        String hash = hash(request);
        long waitUntil = System.nanoTime() + config.idempotencyWait().toNanos();
        while (true) {
            Started started;
            try {
                UUID orderId = UUID.randomUUID();
                started = QuarkusTransaction.requiringNew().call(() -> start(key, caller, hash, owner, request, null, orderId));
            } catch (RuntimeException failure) {
                // Most often the key's row exists: another request claimed it (and this insert failed).
                Optional<IdempotencyKeys.Entry> entry = keys.find(key, caller);
                if (entry.isEmpty() && ConflictRetries.lockWaitExpired(failure)) {
                    // The key's row is held by a transaction that neither committed nor rolled back
                    // within the lock timeout: the same key in flight elsewhere. Its answer is not
                    // known yet, so this retry is told to come back, as while waiting for it.
                    LOG.warnf("Idempotency key %s is held by an unfinished transaction beyond the lock timeout; the retry is asked to come back", key);
                    throw new CheckoutException(Kind.REQUEST_IN_PROGRESS, "A request with Idempotency-Key '" + key + "' is still being processed; retry shortly.");
                }
                if (entry.isEmpty()) {
                    throw failure;
                }
                if (!entry.get().hash().equals(hash)) {
                    throw new CheckoutException(Kind.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                            + "' was already used with a different request; use a new key for a new request.");
                }
                if (IdempotencyKeys.DONE.equals(entry.get().state())) {
                    return replay(entry.get().response());
                }
                if (abandoned(entry.get())) {
                    IdempotencyKeys.Entry seen = entry.get();
                    started = QuarkusTransaction.requiringNew().call(() -> start(key, caller, hash, owner, request, seen, seen.order()));
                    if (started != null) {
                        return finish(key, caller, owner, request, started);
                    }
                    continue; // another retry took it over first: wait for its answer
                }
                if (System.nanoTime() > waitUntil) {
                    throw new CheckoutException(Kind.REQUEST_IN_PROGRESS, "A request with Idempotency-Key '" + key + "' is still being processed; retry shortly.");
                }
                sleep();
                continue;
            }
            return finish(key, caller, owner, request, started);
        }
    }

    /** Whether a key still in progress was claimed so long ago that its request must have died with its store. */
    private boolean abandoned(IdempotencyKeys.Entry entry) {
        return entry.claimedAt().isBefore(clock.instant().minus(config.idempotencyAbandonedAfter()));
    }

    private OrderOutcome finish(String key, String caller, String owner, PlaceOrder request, Started started) {
        return started.refusal() != null ? started.refusal() : runOwning(key, caller, owner, request, started.checked(), started.order());
    }

    private static void validate(String key, PlaceOrder request) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "an Idempotency-Key header of 1 to 255 characters is required");
        }
        if (request == null || request.cart() == null) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "send {\"cart\": id, \"cartVersion\": n, \"email\": ..., \"paymentToken\": ...}");
        }
        if (request.email() == null || !request.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || request.email().length() > 320) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "email '" + request.email() + "' is not an e-mail address");
        }
        if (request.paymentToken() == null || request.paymentToken().isBlank()) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "paymentToken is missing: get one from the payment provider");
        }
    }

    /**
     * What the first transaction decided: the cart checked (for the order {@code order}), or a refusal
     * already stored as the key's answer.
     */
    private record Started(Checked checked, OrderOutcome refusal, UUID order) {
    }

    /**
     * One transaction: claims the key for order {@code order} (the insert fails when another request
     * has it), or takes over the {@code abandoned} claim (null when the takeover lost to another
     * retry); releases the cart's expired holds and checks the cart. A refusal is stored as the key's
     * answer and the transaction commits, so the released units go back whatever the answer.
     */
    private Started start(String key, String caller, String hash, String owner, PlaceOrder request, IdempotencyKeys.Entry abandoned,
                          UUID order) {
        if (abandoned == null) {
            keys.claim(key, caller, hash, order, clock.instant());
        } else if (!keys.takeOver(key, caller, abandoned, clock.instant())) {
            return null;
        }
        boolean holdExpired = carts.releaseExpiredHolds(request.cart()) > 0;
        try {
            return new Started(check(owner, request, holdExpired), null, order);
        } catch (CheckoutException refused) {
            OrderOutcome outcome = new OrderOutcome(null, new OrderOutcome.Refusal(refused.kind(), refused.getMessage()), false);
            keys.complete(key, caller, desk.write(outcome));
            return new Started(null, outcome, order);
        }
    }

    /**
     * Charges with the order's id (the claim's: the same on a retry after a crash, so the provider
     * does not charge twice), then writes the order. The confirmation e-mail leaves through the
     * outbox once the order committed ({@code OrderConfirmationHandler}).
     */
    private OrderOutcome runOwning(String key, String caller, String owner, PlaceOrder request, Checked checked, UUID orderId) {
        PaymentResult charge = null;
        Money amount = null;
        try {
            amount = checked.cart().totals().total();
            charge = payments.charge(orderId, amount, request.paymentToken());
            if (charge.status() == PaymentResult.Status.DECLINED) {
                throw new CheckoutException(Kind.PAYMENT_DECLINED, "The card was declined (" + charge.declineCode() + "). Try another card.");
            }
            PaymentResult paid = charge;
            Order order = QuarkusTransaction.requiringNew().call(() -> record(orderId, key, caller, owner, request, checked, paid));
            return new OrderOutcome(order, null, false);
        } catch (CheckoutException refused) {
            giveBack(charge, amount);
            OrderOutcome outcome = new OrderOutcome(null, new OrderOutcome.Refusal(refused.kind(), refused.getMessage()), false);
            keys.completeAlone(key, caller, desk.write(outcome));
            return outcome;
        } catch (RuntimeException failure) {
            giveBack(charge, amount);
            if (stale(failure)) {
                OrderOutcome outcome = new OrderOutcome(null, new OrderOutcome.Refusal(Kind.STALE_CART,
                        "The cart changed while the order was being placed; look at it again."), false);
                keys.completeAlone(key, caller, desk.write(outcome));
                return outcome;
            }
            keys.forget(key, caller);
            throw failure;
        }
    }

    /** The cart as confirmed, with everything an order needs checked before any money moves. */
    private record Checked(Cart cart, Map<String, Sellable> sellables) {
    }

    private Checked check(String owner, PlaceOrder request, boolean holdExpired) {
        CartRecord record = carts.open(request.cart(), owner);
        CartViews.Priced priced = views.view(record, carts.discount(record), false);
        Cart cart = priced.cart();
        if (cart.version() != request.cartVersion()) {
            throw new CheckoutException(Kind.STALE_CART, "The cart changed since version " + request.cartVersion() + " (it is at "
                    + cart.version() + "); look at it again and confirm.");
        }
        if (!cart.notices().isEmpty()) {
            throw new CheckoutException(Kind.STALE_CART, String.join(" ", cart.notices()) + " Look at the cart again and confirm.");
        }
        if (cart.lines().isEmpty()) {
            throw new CheckoutException(Kind.EMPTY_CART, "The cart is empty.");
        }
        for (Cart.Warning warning : cart.warnings()) {
            switch (warning.kind()) {
                case "UNAVAILABLE" -> throw new CheckoutException(Kind.UNKNOWN_VARIANT, warning.message());
                case "DOES_NOT_SHIP" -> throw new CheckoutException(Kind.DOES_NOT_SHIP, warning.message());
                case "OUT_OF_STOCK", "LOW_STOCK" -> throw holdExpired
                        ? new CheckoutException(Kind.RESERVATION_EXPIRED, "Your hold on the items ended. " + warning.message())
                        : new CheckoutException(Kind.OUT_OF_STOCK, warning.message());
                default -> {
                    // compatibility and discount warnings inform; they do not stop an order
                }
            }
        }
        if (cart.region() == null || cart.shippingOption() == null) {
            throw new CheckoutException(Kind.NO_DESTINATION, "Say where the cart ships (region and shipping option) before ordering.");
        }
        return new Checked(cart, priced.sellables());
    }

    private Order record(UUID orderId, String key, String caller, String owner, PlaceOrder request, Checked checked, PaymentResult charge) {
        CartRecord cart = carts.open(request.cart(), owner);
        if (cart.version != request.cartVersion()) {
            throw new CheckoutException(Kind.STALE_CART, "The cart changed while the order was being placed; look at it again.");
        }
        takeStock(cart, checked.cart());
        Instant now = clock.instant();
        Cart.Totals totals = checked.cart().totals();
        OrderRecord order = new OrderRecord();
        order.id = orderId;
        order.number = number();
        order.cart = cart.id;
        order.owner = owner;
        order.email = request.email().strip();
        order.currency = checked.cart().currency();
        order.subtotalMinor = totals.subtotal().minorUnits();
        order.discountMinor = -totals.discount().minorUnits();
        order.shippingMinor = totals.shipping().minorUnits();
        order.taxMinor = totals.tax().minorUnits();
        order.totalMinor = totals.total().minorUnits();
        order.region = checked.cart().region();
        order.shippingOption = checked.cart().shippingOption();
        order.discountCode = totals.discount().minorUnits() == 0 ? null : checked.cart().discountCode();
        boolean captured = charge.status() == PaymentResult.Status.CAPTURED;
        order.status = captured ? Order.Status.PAID.name() : Order.Status.PLACED.name();
        order.payment = desk.write(new Order.Payment(payments.name(), charge.status().name(), charge.reference(), charge.cardBrand(),
                charge.cardLast4(), charge.nextActionUrl()));
        List<Order.Change> history = new ArrayList<>();
        history.add(new Order.Change(now, Order.Status.PLACED, "placed"));
        if (captured) {
            history.add(new Order.Change(now, Order.Status.PAID, "payment captured"));
        }
        order.history = desk.write(history);
        order.placedAt = now;
        List<UUID> conversations = cart.conversationIds();
        List<OrderPlaced.Line> eventLines = new ArrayList<>();
        for (Cart.Line line : checked.cart().lines()) {
            Sellable sellable = checked.sellables().get(line.sku());
            Optional<Receipt> receipt = assistant.recommendation(conversations, line.product(), line.sku());
            OrderRecord.Item item = new OrderRecord.Item();
            item.sku = line.sku();
            item.product = line.product();
            item.title = line.title();
            item.options = desk.write(line.options());
            item.category = sellable.category();
            item.quantity = line.quantity();
            item.unitPriceMinor = line.unitPrice().minorUnits();
            item.conversation = receipt.map(Receipt::conversation).orElse(null);
            item.receipt = receipt.map(Receipt::id).orElse(null);
            order.items.add(item);
            eventLines.add(new OrderPlaced.Line(item.product, item.sku, item.category, item.quantity, item.unitPriceMinor,
                    item.conversation, item.receipt));
        }
        order.assisted = order.items.stream().anyMatch(i -> i.receipt != null);
        order.persist();
        cart.status = Cart.Status.ORDERED.name();
        cart.updatedAt = now;
        events.publish(new OrderPlaced(UUID.randomUUID(), now, order.id, order.number, owner, order.currency, order.subtotalMinor,
                order.discountMinor, order.shippingMinor, order.taxMinor, order.totalMinor, order.region, order.discountCode,
                order.assisted, conversations, eventLines, cart.createdAt));
        if (captured) {
            events.publish(new OrderPaid(UUID.randomUUID(), now, order.id, order.number, order.totalMinor, order.currency, payments.name(),
                    order.assisted));
        }
        Order view = desk.view(order);
        keys.complete(key, caller, desk.write(new OrderOutcome(view, null, false)));
        return view;
    }

    /**
     * Takes the units, in SKU order (two orders never wait on each other's rows in opposite order):
     * from the cart's own unexpired reservation, or else from what is available.
     */
    private void takeStock(CartRecord cart, Cart view) {
        Instant now = clock.instant();
        List<ReservationRecord> holds = ReservationRecord.list("cart = ?1 and status = ?2", cart.id, ReservationRecord.ACTIVE);
        boolean expired = false;
        for (ReservationRecord hold : holds) {
            boolean stillHeld = hold.expiresAt.isAfter(now);
            int moved = ReservationRecord.update("status = ?1 where id = ?2 and status = ?3", stillHeld ? "CONSUMED" : "RELEASED",
                    hold.id, ReservationRecord.ACTIVE);
            if (moved != 1) {
                continue; // the expiry job released it a moment ago
            }
            if (stillHeld) {
                if (!inventory.take(hold.sku, hold.quantity, true)) {
                    throw new CheckoutException(Kind.OUT_OF_STOCK, "The units held for " + hold.sku + " are no longer in the warehouse.");
                }
            } else {
                inventory.release(hold.sku, hold.quantity);
                expired = true;
            }
        }
        List<String> consumed = holds.stream().filter(h -> h.expiresAt.isAfter(now)).map(h -> h.sku).toList();
        for (Cart.Line line : view.lines().stream().sorted(Comparator.comparing(Cart.Line::sku)).toList()) {
            if (consumed.contains(line.sku())) {
                continue;
            }
            if (!inventory.take(line.sku(), line.quantity(), false)) {
                String left = inventory.sellable(line.sku()).map(s -> s.available() == 0 ? "none is left" : "only " + s.available() + " left").orElse("it is gone");
                throw new CheckoutException(expired ? Kind.RESERVATION_EXPIRED : Kind.OUT_OF_STOCK,
                        (expired ? "Your hold on the items ended. " : "") + line.title() + " (" + line.sku() + "): " + left + ".");
            }
        }
    }

    /** Refunds a charge whose order was not placed (the stock was gone, the cart changed). */
    private void giveBack(PaymentResult charge, Money amount) {
        if (charge == null || charge.reference() == null || charge.status() == PaymentResult.Status.DECLINED) {
            return;
        }
        try {
            PaymentResult refund = payments.refund(charge.reference(), amount);
            if (refund.status() != PaymentResult.Status.REFUNDED) {
                LOG.errorf("Refund of an unplaced order's charge %s was refused (%s): refund it by hand", charge.reference(), refund.declineCode());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Refund of an unplaced order's charge %s failed: refund it by hand", charge.reference());
        }
    }

    private String number() {
        StringBuilder number = new StringBuilder("CC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(NUMBER_ALPHABET[RANDOM.nextInt(NUMBER_ALPHABET.length)]);
        }
        return number.toString();
    }

    /** Forgets answered idempotency keys created before {@code before}. */
    public int purgeKeys(Instant before) {
        return keys.purge(before);
    }

    private OrderOutcome replay(String response) {
        OrderOutcome stored = desk.read(response, new TypeReference<OrderOutcome>() {
        });
        return new OrderOutcome(stored.order(), stored.refusal(), true);
    }

    private static boolean stale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static String hash(PlaceOrder request) {
        String canonical = request.cart() + "\n" + request.cartVersion() + "\n" + request.email() + "\n" + request.paymentToken();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CheckoutException(Kind.REQUEST_IN_PROGRESS, "interrupted while waiting for the first request with this key");
        }
    }
}
