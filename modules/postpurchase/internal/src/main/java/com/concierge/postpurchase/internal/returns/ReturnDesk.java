package com.concierge.postpurchase.internal.returns;

import com.concierge.catalog.api.PolicyCatalog;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.catalog.api.policies.PolicyAnswer;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.Order;
import com.concierge.kernel.Money;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.postpurchase.api.ReturnCase;
import com.concierge.postpurchase.api.ReturnCase.Status;
import com.concierge.postpurchase.api.ReturnException;
import com.concierge.postpurchase.api.ReturnException.Kind;
import com.concierge.postpurchase.api.ReturnOptions;
import com.concierge.postpurchase.api.ReturnReason;
import com.concierge.postpurchase.api.ReturnRequest;
import com.concierge.postpurchase.api.Returns;
import com.concierge.postpurchase.api.events.RefundIssued;
import com.concierge.postpurchase.api.events.ReturnReceived;
import com.concierge.postpurchase.api.events.ReturnRequested;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Returns as docs/postpurchase.md describes them: what may go back is the catalog's return policy
 * applied to each line of a delivered order (window from the delivery day, opened items, final
 * sale), a request is checked under a lock on the order's returns, and each staff step is a
 * conditional update of the status, so a step asked twice happens once.
 */
@ApplicationScoped
public class ReturnDesk implements Returns {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int MAX_COMMENT = 2_000;
    private static final int MAX_KEY = 300;
    private static final TypeReference<List<ReturnCase.Change>> CHANGES = new TypeReference<>() {
    };

    private final Checkout checkout;
    private final PolicyCatalog policies;
    private final Inventory inventory;
    private final EventPublisher events;
    private final ObjectMapper json;
    private final QualityTickets tickets;
    private final Clock clock;

    ReturnDesk(Checkout checkout, PolicyCatalog policies, Inventory inventory, EventPublisher events, ObjectMapper json, QualityTickets tickets) {
        this.tickets = tickets;
        this.checkout = checkout;
        this.policies = policies;
        this.inventory = inventory;
        this.events = events;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional
    public ReturnOptions options(UUID order, String owner, boolean opened) {
        Order visible = order(order, owner);
        return options(visible, opened, standing(visible.id()));
    }

    @Override
    @Transactional
    public ReturnCase request(String idempotencyKey, String owner, UUID orderId, ReturnRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new ReturnException(Kind.INVALID_REQUEST, "Send an Idempotency-Key header (a new random value per return, at most "
                    + MAX_KEY + " characters); a retry sends the same one.");
        }
        ReturnReason reason = check(request);
        String hash = hash(request);
        Order order = order(orderId, owner); // another shopper's order is not found, whatever the key
        Optional<ReturnCase> replay = replay(orderId, idempotencyKey, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        lock(order.id());
        replay = replay(orderId, idempotencyKey, hash); // the same key raced us to the lock
        if (replay.isPresent()) {
            return replay.get();
        }
        List<ReturnRecord> earlier = standing(order.id());
        ReturnOptions options = options(order, request.opened(), earlier);
        if (options.deliveredOn() == null) {
            throw new ReturnException(Kind.NOT_RETURNABLE, options.why());
        }
        Map<String, ReturnOptions.Line> bySku = new LinkedHashMap<>();
        options.lines().forEach(l -> bySku.put(l.sku(), l));
        Map<String, Order.Line> orderLines = new LinkedHashMap<>();
        order.lines().forEach(l -> orderLines.putIfAbsent(l.sku(), l));

        ReturnRecord record = new ReturnRecord();
        List<RefundCalculator.Units> units = new ArrayList<>();
        for (ReturnRequest.Line asked : request.lines()) {
            ReturnOptions.Line line = bySku.get(asked.sku().strip());
            if (line == null) {
                throw new ReturnException(Kind.INVALID_REQUEST, "Order " + order.number() + " has no SKU " + asked.sku().strip() + ".");
            }
            if (!line.allowed() && line.returnable() > 0) {
                throw new ReturnException(Kind.NOT_RETURNABLE, line.title() + " (" + line.sku() + "): " + line.why());
            }
            if (asked.quantity() > line.returnable()) {
                throw new ReturnException(Kind.QUANTITY_NOT_RETURNABLE, line.title() + " (" + line.sku() + "): " + line.returnable()
                        + " of the " + line.bought() + " bought can still be returned, not " + asked.quantity() + ".");
            }
            ReturnRecord.Item item = new ReturnRecord.Item();
            item.sku = line.sku();
            item.product = line.product();
            item.title = line.title();
            item.category = orderLines.get(line.sku()).category();
            item.quantity = asked.quantity();
            item.unitPriceMinor = line.unitPrice().minorUnits();
            item.policyId = line.policyId();
            item.feePercent = line.restockingFeePercent();
            item.receipt = orderLines.get(line.sku()).receipt();
            record.items.add(item);
            units.add(new RefundCalculator.Units(item.sku, item.quantity, item.unitPriceMinor, item.feePercent));
        }

        List<RefundCalculator.Units> before = earlier.stream().flatMap(r -> r.items.stream())
                .map(i -> new RefundCalculator.Units(i.sku, i.quantity, i.unitPriceMinor, i.feePercent)).toList();
        RefundCalculator.Result quote = RefundCalculator.quote(amounts(order), before, units, request.opened(), reason.storeFault(),
                earlier.stream().anyMatch(r -> r.shippingMinor > 0));

        Instant now = clock.instant();
        record.id = UUID.randomUUID();
        record.number = number();
        record.orderId = order.id();
        record.orderNumber = order.number();
        record.owner = order.owner();
        record.status = Status.REQUESTED.name();
        record.reason = reason.name();
        record.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        record.opened = request.opened();
        record.currency = order.totals().total().currency().getCurrencyCode();
        record.itemsMinor = quote.items();
        record.feeMinor = quote.fee();
        record.shippingMinor = quote.shipping();
        record.quoteMinor = quote.total();
        record.refundedMinor = 0;
        record.idempotencyKey = idempotencyKey;
        record.requestHash = hash;
        record.requestedAt = now;
        record.history = write(List.of(new ReturnCase.Change(now, Status.REQUESTED, "requested: " + reason.label())));
        record.persist();
        events.publish(new ReturnRequested(UUID.randomUUID(), now, record.id, record.number, record.orderId, record.orderNumber, reason.code(),
                record.items.stream().map(i -> new ReturnRequested.Line(i.sku, i.product, i.category, i.quantity, i.unitPriceMinor, i.receipt))
                        .toList()));
        tickets.consider(record, reason, now);
        return view(record);
    }

    @Override
    @Transactional
    public ReturnCase returnCase(UUID id, String owner) {
        return visibleTo(view(find(id)), owner);
    }

    @Override
    @Transactional
    public List<ReturnCase> forOrder(UUID order, String owner) {
        Order visible = order(order, owner);
        return ReturnRecord.<ReturnRecord>list("orderId = ?1 order by requestedAt, number", visible.id()).stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public List<ReturnCase> queue(Set<Status> statuses, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        var query = statuses.isEmpty() ? ReturnRecord.<ReturnRecord>find("order by requestedAt, number")
                : ReturnRecord.<ReturnRecord>find("status in ?1 order by requestedAt, number", statuses.stream().map(Status::name).toList());
        return query.page(0, size).list().stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public ReturnCase approve(UUID id, String by) {
        return step(id, Status.APPROVED, EnumSet.of(Status.REQUESTED), note("approved", by), r -> {
        });
    }

    @Override
    @Transactional
    public ReturnCase refuse(UUID id, String by, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new ReturnException(Kind.INVALID_REQUEST, "Say why the return is refused (at most 500 characters): the shopper reads it.");
        }
        return step(id, Status.REFUSED, EnumSet.of(Status.REQUESTED, Status.APPROVED), note("refused", by) + ": " + reason.strip(), r -> {
        });
    }

    @Override
    @Transactional
    public ReturnCase issueLabel(UUID id, String by, String carrier, String trackingNumber) {
        if (carrier == null || carrier.isBlank() || carrier.length() > 100 || trackingNumber == null || trackingNumber.isBlank()
                || trackingNumber.length() > 100) {
            throw new ReturnException(Kind.INVALID_REQUEST, "A label needs a carrier and a tracking number (each at most 100 characters).");
        }
        return step(id, Status.LABEL_ISSUED, EnumSet.of(Status.APPROVED), note("label issued", by) + ": " + carrier.strip() + " "
                + trackingNumber.strip(), r -> {
            r.carrier = carrier.strip();
            r.trackingNumber = trackingNumber.strip();
        });
    }

    @Override
    @Transactional
    public ReturnCase receive(UUID id, String by, boolean resellable) {
        return step(id, Status.RECEIVED, EnumSet.of(Status.APPROVED, Status.LABEL_ISSUED),
                note("received", by) + (resellable ? ", back on hand" : ", not resellable"), r -> {
                    r.resellable = resellable;
                    if (resellable) {
                        r.items.forEach(i -> inventory.putBack(i.sku, i.quantity));
                    }
                    events.publish(new ReturnReceived(UUID.randomUUID(), clock.instant(), r.id, r.number, r.orderId, resellable));
                });
    }

    @Override
    @Transactional
    public ReturnCase refund(UUID id, String by) {
        return step(id, Status.REFUNDED, EnumSet.of(Status.RECEIVED), note("refunded", by), r -> {
            Order order = checkout.order(r.orderId, Checkout.STAFF);
            long left = order.totals().total().minorUnits() - order.refunded().minorUnits();
            long amount = Math.max(0, Math.min(r.quoteMinor, left));
            Currency currency = Currency.getInstance(r.currency);
            if (amount > 0) {
                checkout.refund(r.orderId, new Money(amount, currency), "return " + r.number + ": " + ReturnReason.valueOf(r.reason).label());
            }
            r.refundedMinor = amount;
            events.publish(new RefundIssued(UUID.randomUUID(), clock.instant(), r.id, r.number, r.orderId, amount, r.currency));
        });
    }

    @Override
    @Transactional
    public ReturnCase exchange(UUID id, String by) {
        return step(id, Status.EXCHANGED, EnumSet.of(Status.RECEIVED), note("exchanged", by), r -> {
        });
    }

    @Override
    @Transactional
    public List<com.concierge.postpurchase.api.QualityTicket> tickets(int limit) {
        return tickets.list(limit);
    }

    /**
     * Moves a return to {@code to} by a conditional update, then applies {@code effect} and records
     * the change. Asked again once it is there, it returns the return unchanged.
     */
    private ReturnCase step(UUID id, Status to, Set<Status> from, String note, Consumer<ReturnRecord> effect) {
        ReturnRecord record = find(id);
        Status now = Status.valueOf(record.status);
        if (now == to) {
            return view(record);
        }
        if (!from.contains(now)) {
            throw new ReturnException(Kind.INVALID_TRANSITION, "Return " + record.number + " is " + words(now) + "; it cannot become "
                    + words(to) + ".");
        }
        if (ReturnRecord.update("status = ?1 where id = ?2 and status = ?3", to.name(), id, now.name()) != 1) {
            throw new ReturnException(Kind.INVALID_TRANSITION, "Return " + record.number + " changed meanwhile; look at it again.");
        }
        ReturnRecord.getEntityManager().refresh(record);
        effect.accept(record);
        List<ReturnCase.Change> history = new ArrayList<>(read(record.history));
        history.add(new ReturnCase.Change(clock.instant(), to, note));
        record.history = write(history);
        return view(record);
    }

    private static String note(String what, String by) {
        return by == null || by.isBlank() ? what : what + " by " + by;
    }

    private static String words(Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The order as {@code owner} may see it; another shopper's order is "not found", as in checkout. */
    private Order order(UUID order, String owner) {
        try {
            return checkout.order(order, STAFF.equals(owner) ? Checkout.STAFF : owner);
        } catch (CheckoutException e) {
            if (e.kind() == CheckoutException.Kind.ORDER_NOT_FOUND) {
                throw new ReturnException(Kind.ORDER_NOT_FOUND, "No order " + order + ".");
            }
            throw e;
        }
    }

    /** The order's lines as they may be returned, given its {@code standing} returns (those not refused). */
    private ReturnOptions options(Order order, boolean opened, List<ReturnRecord> standing) {
        LocalDate deliveredOn = deliveredOn(order);
        String why = switch (order.status()) {
            case PLACED, PAID -> "Order " + order.number() + " has not shipped yet: cancel it instead of returning it.";
            case FULFILLED -> "Order " + order.number() + " is on its way: it can be returned once it is delivered.";
            case CANCELLED -> "Order " + order.number() + " was cancelled.";
            case REFUNDED -> "Order " + order.number() + " was refunded in full.";
            case DELIVERED -> null;
        };
        Map<String, Integer> inReturns = new LinkedHashMap<>();
        standing.forEach(r -> r.items.forEach(i -> inReturns.merge(i.sku, i.quantity, Integer::sum)));
        Map<String, ReturnPolicy> returnPolicies = policies.policies().returns().stream()
                .collect(Collectors.toMap(ReturnPolicy::id, p -> p, (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        Map<String, ReturnOptions.Line> lines = new LinkedHashMap<>();
        for (Order.Line line : order.lines()) {
            ReturnOptions.Line known = lines.get(line.sku());
            int bought = line.quantity() + (known == null ? 0 : known.bought());
            int returnable = Math.max(0, bought - inReturns.getOrDefault(line.sku(), 0));
            PolicyAnswer answer = why != null || deliveredOn == null
                    ? new PolicyAnswer(false, null, null, List.of(), why)
                    : returnAnswer(line, order.region(), deliveredOn, opened, today);
            ReturnPolicy policy = answer.policyId() == null ? null : returnPolicies.get(answer.policyId());
            lines.put(line.sku(), new ReturnOptions.Line(line.sku(), line.product(), line.title(), bought, returnable, line.unitPrice(),
                    answer.allowed() && returnable > 0, answer.policyId(), answer.lastDay(),
                    policy == null ? 0 : policy.restockingFeePercent(),
                    answer.allowed() && returnable == 0 ? "Every unit bought is in a return already." : answer.why()));
        }
        return new ReturnOptions(order.id(), order.number(), why == null ? deliveredOn : null, List.copyOf(lines.values()), why);
    }

    private PolicyAnswer returnAnswer(Order.Line line, String region, LocalDate deliveredOn, boolean opened, LocalDate today) {
        try {
            return policies.policiesFor(line.product(), region, deliveredOn, opened, today).returns();
        } catch (NoSuchElementException e) {
            return new PolicyAnswer(false, null, null, List.of(), "This product is no longer in the catalog; please contact us.");
        }
    }

    /** The day the order was last marked delivered (UTC), or null while it was not. */
    private static LocalDate deliveredOn(Order order) {
        Instant at = order.deliveredAt();
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** The order's returns that hold units: every one not refused. */
    private static List<ReturnRecord> standing(UUID order) {
        return ReturnRecord.<ReturnRecord>list("orderId = ?1 and status <> ?2", order, Status.REFUSED.name());
    }

    private static RefundCalculator.OrderAmounts amounts(Order order) {
        var t = order.totals();
        return new RefundCalculator.OrderAmounts(t.subtotal().minorUnits(), Math.abs(t.discount().minorUnits()), t.shipping().minorUnits(),
                t.tax().minorUnits(), t.total().minorUnits(), order.refunded().minorUnits());
    }

    /** Takes the order's returns lock, creating its row first when this is its first return. */
    private void lock(UUID order) {
        if (OrderReturns.findById(order) == null) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    OrderReturns row = new OrderReturns();
                    row.orderId = order;
                    row.firstReturnAt = clock.instant();
                    row.persistAndFlush();
                });
            } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
                // another request created it a moment ago: the lock below waits for it
            }
        }
        if (OrderReturns.findById(order, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new ReturnException(Kind.REQUEST_IN_PROGRESS, "Another return of this order is being asked for; try again.");
        }
    }

    private Optional<ReturnCase> replay(UUID order, String key, String hash) {
        Optional<ReturnRecord> found = ReturnRecord.<ReturnRecord>find("orderId = ?1 and idempotencyKey = ?2", order, key).firstResultOptional();
        if (found.isPresent() && !found.get().requestHash.equals(hash)) {
            throw new ReturnException(Kind.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for another return request of this order; "
                    + "send a new key for a new request.");
        }
        return found.map(this::view);
    }

    private static ReturnCase visibleTo(ReturnCase found, String owner) {
        if (found.owner() != null && !found.owner().equals(owner) && !STAFF.equals(owner)) {
            throw new ReturnException(Kind.RETURN_NOT_FOUND, "No return " + found.id() + ".");
        }
        return found;
    }

    private static ReturnRecord find(UUID id) {
        ReturnRecord record = id == null ? null : ReturnRecord.findById(id);
        if (record == null) {
            throw new ReturnException(Kind.RETURN_NOT_FOUND, "No return " + id + ".");
        }
        return record;
    }

    /** Checks the request's shape and returns its reason. */
    private static ReturnReason check(ReturnRequest request) {
        if (request == null || request.lines().isEmpty()) {
            throw new ReturnException(Kind.INVALID_REQUEST, "Name what to return: {\"lines\": [{\"sku\": \"...\", \"quantity\": 1}], "
                    + "\"reason\": \"too-loud\"}.");
        }
        Set<String> skus = new HashSet<>();
        for (ReturnRequest.Line line : request.lines()) {
            if (line == null || line.sku() == null || line.sku().isBlank()) {
                throw new ReturnException(Kind.INVALID_REQUEST, "Each line needs a sku.");
            }
            if (line.quantity() < 1) {
                throw new ReturnException(Kind.INVALID_REQUEST, "SKU " + line.sku().strip() + ": the quantity must be at least 1.");
            }
            if (!skus.add(line.sku().strip())) {
                throw new ReturnException(Kind.INVALID_REQUEST, "SKU " + line.sku().strip() + " is named twice; name each SKU once.");
            }
        }
        ReturnReason reason = ReturnReason.parse(request.reason());
        if (reason == null) {
            throw new ReturnException(Kind.INVALID_REQUEST, "Give a reason, one of: " + Arrays.stream(ReturnReason.values())
                    .map(ReturnReason::code).collect(Collectors.joining(", ")) + ".");
        }
        if (request.comment() != null && request.comment().length() > MAX_COMMENT) {
            throw new ReturnException(Kind.INVALID_REQUEST, "The comment is " + request.comment().length() + " characters; at most "
                    + MAX_COMMENT + ".");
        }
        return reason;
    }

    private static String hash(ReturnRequest request) {
        StringBuilder canonical = new StringBuilder();
        request.lines().stream().sorted(java.util.Comparator.comparing(l -> l.sku().strip()))
                .forEach(l -> canonical.append(l.sku().strip()).append('\u0000').append(l.quantity()).append('\n'));
        canonical.append(ReturnReason.parse(request.reason())).append('\n').append(request.opened()).append('\n')
                .append(request.comment() == null ? "" : request.comment().strip());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String number() {
        StringBuilder number = new StringBuilder("RT-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(NUMBER_ALPHABET[RANDOM.nextInt(NUMBER_ALPHABET.length)]);
        }
        return number.toString();
    }

    ReturnCase view(ReturnRecord r) {
        Currency currency = Currency.getInstance(r.currency);
        List<ReturnCase.Line> lines = r.items.stream().map(i -> new ReturnCase.Line(i.sku, i.product, i.title, i.category, i.quantity,
                new Money(i.unitPriceMinor, currency), i.policyId, i.feePercent, i.receipt)).toList();
        ReturnCase.Quote quote = new ReturnCase.Quote(new Money(r.itemsMinor, currency), new Money(r.feeMinor, currency),
                new Money(r.shippingMinor, currency), new Money(r.quoteMinor, currency));
        ReturnCase.Label label = r.carrier == null ? null : new ReturnCase.Label(r.carrier, r.trackingNumber);
        return new ReturnCase(r.id, r.number, r.orderId, r.orderNumber, r.owner, Status.valueOf(r.status), ReturnReason.valueOf(r.reason),
                r.comment, r.opened, lines, quote, new Money(r.refundedMinor, currency), label, r.resellable, read(r.history), r.requestedAt);
    }

    private String write(List<ReturnCase.Change> history) {
        try {
            return json.writeValueAsString(history);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ReturnCase.Change> read(String history) {
        try {
            return json.readValue(history, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a return's history is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
