package com.concierge.checkout.internal;

import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.inventory.Sellable;
import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.CheckoutException.Kind;
import com.concierge.checkout.api.Discount;
import com.concierge.checkout.api.Order;
import com.concierge.checkout.api.OrderOutcome;
import com.concierge.checkout.api.PlaceOrder;
import com.concierge.checkout.api.Reservation;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.internal.cart.CartRecord;
import com.concierge.checkout.internal.cart.CartViews;
import com.concierge.checkout.internal.cart.Carts;
import com.concierge.checkout.internal.cart.ReservationRecord;
import com.concierge.checkout.internal.order.OrderDesk;
import com.concierge.checkout.internal.order.OrderPlacement;
import com.concierge.kernel.Money;
import com.concierge.kernel.concurrency.RetryOnConflict;
import com.concierge.kernel.events.EventPublisher;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The {@link Checkout} facade: carts and holds here, orders in {@link OrderPlacement} and {@link OrderDesk}. */
@ApplicationScoped
class CheckoutService implements Checkout {

    private static final Logger LOG = Logger.getLogger(CheckoutService.class);

    private final Carts carts;
    private final CartViews views;
    private final Inventory inventory;
    private final OrderPlacement placement;
    private final OrderDesk desk;
    private final CheckoutConfig config;
    private final EventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CheckoutService(Carts carts, CartViews views, Inventory inventory, OrderPlacement placement, OrderDesk desk, CheckoutConfig config,
                    EventPublisher events) {
        this.carts = carts;
        this.views = views;
        this.inventory = inventory;
        this.placement = placement;
        this.desk = desk;
        this.config = config;
        this.events = events;
    }

    @Override
    @Transactional
    public Cart openCart(String owner, UUID conversation) {
        if (owner != null) {
            Optional<CartRecord> existing = CartRecord.<CartRecord>find("owner = ?1 and status = ?2", Sort.descending("updatedAt"), owner,
                    Cart.Status.ACTIVE.name()).firstResultOptional();
            if (existing.isPresent()) {
                CartRecord cart = existing.get();
                if (conversation != null && !cart.conversationIds().contains(conversation)) {
                    cart.addConversation(conversation);
                    touch(cart);
                }
                return view(cart);
            }
        }
        CartRecord cart = new CartRecord();
        cart.id = UUID.randomUUID();
        cart.owner = owner;
        cart.status = Cart.Status.ACTIVE.name();
        cart.currency = config.currency();
        cart.addConversation(conversation);
        cart.createdAt = cart.updatedAt = clock.instant();
        cart.persist();
        return view(cart);
    }

    @Override
    @Transactional
    public Cart cart(UUID cart, String owner) {
        return view(carts.load(cart, owner));
    }

    @Override
    @RetryOnConflict
    @Transactional
    public Cart addItem(UUID id, String owner, String sku, int quantity, UUID conversation) {
        if (quantity < 1) {
            throw new CheckoutException(Kind.INVALID_QUANTITY, "quantity must be at least 1, was " + quantity);
        }
        CartRecord cart = carts.change(id, owner);
        int already = cart.item(sku == null ? "" : sku).map(i -> i.quantity).orElse(0);
        Sellable added = setLine(cart, sku, already + quantity);
        cart.addConversation(conversation);
        events.publish(new CartLineAdded(UUID.randomUUID(), clock.instant(), cart.id, cart.owner, conversation, added.product(), added.sku(),
                added.category(), quantity, added.price().minorUnits()));
        return changed(cart);
    }

    @Override
    @RetryOnConflict
    @Transactional
    public Cart setQuantity(UUID id, String owner, String sku, int quantity) {
        CartRecord cart = carts.change(id, owner);
        if (quantity == 0) {
            if (!cart.items.removeIf(i -> i.sku.equals(sku))) {
                throw new CheckoutException(Kind.UNKNOWN_VARIANT, "The cart has no line " + sku + ".");
            }
        } else {
            if (cart.item(sku).isEmpty()) {
                throw new CheckoutException(Kind.UNKNOWN_VARIANT, "The cart has no line " + sku + "; add it first.");
            }
            setLine(cart, sku, quantity);
        }
        return changed(cart);
    }

    /** Sets one line after checking the variant, the quantity limits and what is available; the variant as sold now. */
    private Sellable setLine(CartRecord cart, String sku, int quantity) {
        if (sku == null || sku.isBlank()) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "sku is missing");
        }
        if (quantity < 1 || quantity > config.maxQuantityPerLine()) {
            throw new CheckoutException(Kind.INVALID_QUANTITY, "quantity must be between 1 and " + config.maxQuantityPerLine()
                    + " per item, was " + quantity);
        }
        Sellable sellable = inventory.sellable(sku).orElseThrow(() -> new CheckoutException(Kind.UNKNOWN_VARIANT, "No variant with SKU '" + sku + "'."));
        if (!sellable.price().currency().getCurrencyCode().equals(config.currency())) {
            throw new CheckoutException(Kind.INVALID_REQUEST, sku + " is priced in " + sellable.price().currency() + "; this store sells in "
                    + config.currency() + ".");
        }
        int available = sellable.available() + ReservationRecord.heldBy(cart.id).getOrDefault(sku, 0);
        if (quantity > available) {
            throw new CheckoutException(Kind.OUT_OF_STOCK, available == 0 ? sellable.title() + " is out of stock."
                    : "Only " + available + " of " + sellable.title() + " left.");
        }
        Optional<CartRecord.Item> line = cart.item(sku);
        if (line.isPresent()) {
            line.get().quantity = quantity;
        } else {
            if (cart.items.size() >= config.maxLines()) {
                throw new CheckoutException(Kind.INVALID_QUANTITY, "A cart holds at most " + config.maxLines() + " different items.");
            }
            cart.items.add(new CartRecord.Item(sku, quantity, sellable.price().minorUnits()));
        }
        return sellable;
    }

    @Override
    @RetryOnConflict
    @Transactional
    public Cart applyDiscount(UUID id, String owner, String code) {
        CartRecord cart = carts.change(id, owner);
        String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (DiscountRecord.findById(key) == null) {
            throw new CheckoutException(Kind.UNKNOWN_DISCOUNT, "No discount code '" + code + "'.");
        }
        cart.discountCode = key;
        Cart view = changed(cart);
        Optional<Cart.Warning> problem = view.warnings().stream().filter(w -> w.kind().equals("DISCOUNT")).findFirst();
        if (problem.isPresent()) {
            throw new CheckoutException(Kind.DISCOUNT_NOT_APPLICABLE, problem.get().message()); // rolls the code back
        }
        return view;
    }

    @Override
    @RetryOnConflict
    @Transactional
    public Cart removeDiscount(UUID id, String owner) {
        CartRecord cart = carts.change(id, owner);
        cart.discountCode = null;
        return changed(cart);
    }

    @Override
    @RetryOnConflict
    @Transactional
    public Cart shipTo(UUID id, String owner, String region, String shippingOption) {
        if (region == null || !region.strip().matches("[A-Za-z]{2,10}")) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "region must be a region code such as US or CA, was '" + region + "'");
        }
        CartRecord cart = carts.change(id, owner);
        cart.region = region.strip().toUpperCase(Locale.ROOT);
        cart.shippingOption = shippingOption;
        Cart view = changed(cart);
        if (shippingOption != null && view.shippingOptions().stream().noneMatch(o -> o.id().equals(shippingOption))) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "shipping option '" + shippingOption + "' is not offered for this cart to "
                    + cart.region + "; offered: " + String.join(", ", view.shippingOptions().stream().map(Cart.ShippingOption::id).toList()));
        }
        return view;
    }

    @Override
    @RetryOnConflict
    @Transactional
    public Cart mergeGuestCart(UUID guestCart, String owner) {
        if (owner == null) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "sign in to merge a guest cart into your own");
        }
        CartRecord guest = carts.change(guestCart, null);
        if (guest.owner != null) {
            throw new CheckoutException(Kind.CART_NOT_FOUND, "No guest cart " + guestCart + ".");
        }
        Cart mine = openCart(owner, null);
        CartRecord target = carts.change(mine.id(), owner);
        for (CartRecord.Item item : guest.items) {
            int wanted = Math.min(target.item(item.sku).map(i -> i.quantity).orElse(0) + item.quantity, config.maxQuantityPerLine());
            Optional<Sellable> sellable = inventory.sellable(item.sku);
            int quantity = Math.min(wanted, sellable.map(Sellable::available).orElse(0));
            if (quantity > 0) {
                setLine(target, item.sku, quantity);
            }
        }
        guest.conversationIds().forEach(target::addConversation);
        if (target.discountCode == null) {
            target.discountCode = guest.discountCode;
        }
        if (target.region == null) {
            target.region = guest.region;
            target.shippingOption = guest.shippingOption;
        }
        carts.releaseHolds(guest.id);
        guest.status = Cart.Status.MERGED.name();
        touch(guest);
        return changed(target);
    }

    @Override
    @RetryOnConflict
    @Transactional
    public Reservation startCheckout(UUID id, String owner) {
        CartRecord cart = carts.change(id, owner);
        if (cart.items.isEmpty()) {
            throw new CheckoutException(Kind.EMPTY_CART, "The cart is empty.");
        }
        carts.releaseHolds(cart.id);
        acknowledgePrices(cart);
        Instant until = clock.instant().plus(config.reservationTtl());
        Map<String, Integer> held = new LinkedHashMap<>();
        for (CartRecord.Item item : cart.items.stream().sorted(Comparator.comparing((CartRecord.Item i) -> i.sku)).toList()) {
            if (!inventory.reserve(item.sku, item.quantity)) {
                int available = inventory.sellable(item.sku).map(Sellable::available).orElse(0);
                throw new CheckoutException(Kind.OUT_OF_STOCK, item.sku + ": " + (available == 0 ? "none is left" : "only " + available + " left")
                        + "; lower the quantity to check out.");
            }
            ReservationRecord hold = new ReservationRecord();
            hold.id = UUID.randomUUID();
            hold.cart = cart.id;
            hold.sku = item.sku;
            hold.quantity = item.quantity;
            hold.status = ReservationRecord.ACTIVE;
            hold.expiresAt = until;
            hold.persist();
            held.put(item.sku, item.quantity);
        }
        touch(cart);
        return new Reservation(cart.id, held, until);
    }

    @Override
    @RetryOnConflict
    @Transactional
    public void cancelCheckout(UUID id, String owner) {
        CartRecord cart = carts.change(id, owner);
        carts.releaseHolds(cart.id);
        touch(cart);
    }

    @Override
    public OrderOutcome placeOrder(String idempotencyKey, String owner, PlaceOrder request) {
        return placement.place(idempotencyKey, owner, request);
    }

    @Override
    public Order order(UUID order, String owner) {
        return desk.order(order, owner);
    }

    @Override
    public List<Order> orders(String owner, int limit) {
        if (owner == null) {
            throw new CheckoutException(Kind.INVALID_REQUEST, "sign in to see your orders");
        }
        return desk.orders(owner, limit);
    }

    @Override
    public Optional<Order> orderByNumber(String number) {
        return desk.byNumber(number == null ? "" : number.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public Order confirmPayment(UUID order, String owner) {
        return desk.confirmPayment(order, owner);
    }

    @Override
    public Order cancel(UUID order, String owner, String reason) {
        return desk.cancel(order, owner, reason);
    }

    @Override
    public Order fulfil(UUID order, String by) {
        return desk.advance(order, Order.Status.FULFILLED, by);
    }

    @Override
    public Order fulfil(UUID order, String by, String carrier, String trackingNumber) {
        return desk.fulfil(order, by, carrier, trackingNumber);
    }

    @Override
    public Order deliver(UUID order, String by) {
        return desk.deliver(order, by, null);
    }

    @Override
    public Order deliver(UUID order, String by, java.time.Instant deliveredAt) {
        return desk.deliver(order, by, deliveredAt);
    }

    @Override
    public Order refund(UUID order, Money amount, String reason) {
        return desk.refund(order, amount, reason);
    }

    @Override
    @Transactional
    public List<Discount> discounts() {
        return DiscountRecord.<DiscountRecord>listAll(Sort.ascending("code")).stream().map(DiscountRecord::toView).toList();
    }

    @Override
    @Transactional
    @RetryOnConflict
    public Discount putDiscount(Discount discount) {
        DiscountRecord record = DiscountRecord.findById(discount.code());
        if (record == null) {
            record = new DiscountRecord();
            record.code = discount.code();
            record.copy(discount);
            record.persist();
        } else {
            record.copy(discount);
        }
        return record.toView();
    }

    @Override
    @Transactional
    public boolean deleteDiscount(String code) {
        return DiscountRecord.deleteById(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public int expireHolds() {
        int released = carts.releaseExpired();
        int cancelled = desk.cancelAbandonedPayments(clock.instant().minus(config.paymentActionTtl()));
        return released + cancelled;
    }

    @Override
    public int purgeIdempotencyKeys() {
        return placement.purgeKeys(clock.instant().minus(config.idempotencyRetention()));
    }

    /** The expiry job's name, so a test can hold it still (io.quarkus.scheduler.Scheduler#pause). */
    public static final String EXPIRY_JOB = "checkout-expiry";

    @Scheduled(identity = EXPIRY_JOB, every = "${cc.checkout.expiry-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireOnSchedule() {
        int expired = expireHolds();
        if (expired > 0) {
            LOG.infof("Released %d expired stock holds and abandoned payments", expired);
        }
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeIdempotencyKeys();
    }

    /** A change: holds are released (the cart is no longer what was held), prices acknowledged, version bumped. */
    private Cart changed(CartRecord cart) {
        carts.releaseHolds(cart.id);
        acknowledgePrices(cart);
        touch(cart);
        CartRecord.getEntityManager().flush(); // the version the shopper sees is the one stored
        return view(cart);
    }

    /** The shopper sees the current prices now; the stored ones follow. */
    private void acknowledgePrices(CartRecord cart) {
        Map<String, Sellable> now = inventory.sellable(cart.items.stream().map(i -> i.sku).toList());
        for (CartRecord.Item item : cart.items) {
            Sellable sellable = now.get(item.sku);
            if (sellable != null && sellable.price().minorUnits() != item.unitPriceMinor) {
                item.unitPriceMinor = sellable.price().minorUnits();
            }
        }
    }

    private void touch(CartRecord cart) {
        cart.updatedAt = clock.instant();
    }

    private Cart view(CartRecord cart) {
        return views.view(cart, carts.discount(cart)).cart();
    }
}
