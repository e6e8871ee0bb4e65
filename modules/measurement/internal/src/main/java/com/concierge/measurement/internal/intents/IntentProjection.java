package com.concierge.measurement.internal.intents;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.catalog.api.events.ProductPublished;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.postpurchase.api.events.ReturnRequested;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.measurement.internal.ColumnArrays;
import com.concierge.measurement.internal.JsonColumns;
import com.concierge.measurement.internal.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Keeps the intent records (conversations, turns, cart adds, orders) up to date from the events
 * measurement receives, in the intake's transaction. The event log keeps every event as it came;
 * these tables are what KPIs, analytics and exports read.
 *
 * <p>A list of events becomes, in memory, the rows to insert and one change per conversation
 * (counts to add, times to keep the earliest of, owner and category to set); then each table gets
 * one batched statement. Turns and orders go first, and only those that went in count toward
 * their conversation: on PostgreSQL the insert skips a key that is there already and returns the
 * keys it wrote, so a turn two transactions write at once counts once. A conversation's change is
 * merged into its row by the database (on PostgreSQL one {@code INSERT … ON CONFLICT DO UPDATE}
 * for the batch, elsewhere a batch of {@code MERGE}s), so the intake reads no conversation and two
 * batches touching the same conversation add up instead of overwriting each other (ADR 0013).
 */
@ApplicationScoped
public class IntentProjection {

    /** Intents that answer with recommendations (a zero-result turn is one of these that showed nothing). */
    static final Set<String> RECOMMENDING = Set.of("SHOP", "REFINE", "EDIT");
    private static final int MAX_TEXT = 2_000;

    private static final String INSERT_TURN = "INSERT INTO measurement_turn (conversation_id, turn, occurred_at, text, intent, category, "
            + "constraint_fields, constraint_words, uncovered_words, shown, relaxations, answered, refused_topic) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** PostgreSQL: a batch of turns from column arrays; the keys written come back, a key already there is skipped. */
    private static final String INSERT_TURNS_ARRAYS = """
            INSERT INTO measurement_turn (conversation_id, turn, occurred_at, text, intent, category, constraint_fields, constraint_words,
                    uncovered_words, shown, relaxations, answered, refused_topic)
            SELECT t.conversation_id, t.turn, CAST(t.occurred_at AS timestamptz), t.text, t.intent, t.category, t.constraint_fields,
                    t.constraint_words, t.uncovered_words, t.shown, t.relaxations, t.answered, t.refused_topic
            FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS t(conversation_id, turn, occurred_at, text, intent, category,
                    constraint_fields, constraint_words, uncovered_words, shown, relaxations, answered, refused_topic)
            ON CONFLICT (conversation_id, turn) DO NOTHING RETURNING conversation_id, turn
            """;
    private static final String INSERT_CART_ADD = "INSERT INTO measurement_cart_add (event_id, occurred_at, cart_id, owner, conversation_id, "
            + "product_id, sku, category, quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ORDER = "INSERT INTO measurement_order (order_id, owner, placed_at, category, currency, total_minor, "
            + "assisted, line_count, attached, conversations, skus) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** PostgreSQL: as {@link #INSERT_TURNS_ARRAYS}, for orders. */
    private static final String INSERT_ORDERS_ARRAYS = """
            INSERT INTO measurement_order (order_id, owner, placed_at, category, currency, total_minor, assisted, line_count, attached,
                    conversations, skus)
            SELECT o.order_id, o.owner, CAST(o.placed_at AS timestamptz), o.category, o.currency, o.total_minor, o.assisted, o.line_count,
                    o.attached, o.conversations, o.skus
            FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS o(order_id, owner, placed_at, category, currency, total_minor, assisted,
                    line_count, attached, conversations, skus)
            ON CONFLICT (order_id) DO NOTHING RETURNING order_id
            """;
    private static final String INSERT_ORDER_CONVERSATION = "INSERT INTO measurement_order_conversation (order_id, conversation_id) VALUES (?, ?)";
    private static final String CANCEL_ORDER = "UPDATE measurement_order SET cancelled_at = ? "
            + "WHERE order_id = ? AND (cancelled_at IS NULL OR cancelled_at > ?)";
    private static final String REFUND_ORDER = "UPDATE measurement_order SET refunded_minor = ? WHERE order_id = ? AND refunded_minor < ?";
    /** The earliest return asked for stands: its time and reason. */
    private static final String RETURN_ORDER = "UPDATE measurement_order SET returned_at = ?, return_reason = ? "
            + "WHERE order_id = ? AND (returned_at IS NULL OR returned_at > ?)";
    /** Standard SQL MERGE, used on H2: counts add up, times keep the earliest, owner and category the latest known. */
    private static final String MERGE_CONVERSATION = """
            MERGE INTO measurement_conversation c
            USING (SELECT CAST(? AS UUID) AS id, CAST(? AS TIMESTAMP WITH TIME ZONE) AS started_at, CAST(? AS VARCHAR(255)) AS owner,
                          CAST(? AS VARCHAR(100)) AS category, CAST(? AS INT) AS turns, CAST(? AS INT) AS questions,
                          CAST(? AS INT) AS answered, CAST(? AS INT) AS refused, CAST(? AS INT) AS recommending_turns,
                          CAST(? AS INT) AS zero_result_turns, CAST(? AS INT) AS relaxed_turns, CAST(? AS INT) AS impressions,
                          CAST(? AS INT) AS sponsored_impressions, CAST(? AS INT) AS card_clicks, CAST(? AS INT) AS compares,
                          CAST(? AS TIMESTAMP WITH TIME ZONE) AS first_cart_add_at, CAST(? AS TIMESTAMP WITH TIME ZONE) AS handoff_at,
                          CAST(? AS TIMESTAMP WITH TIME ZONE) AS ordered_at) d
            ON c.id = d.id
            WHEN MATCHED THEN UPDATE SET
                started_at = CASE WHEN d.started_at < c.started_at THEN d.started_at ELSE c.started_at END,
                owner = COALESCE(d.owner, c.owner),
                category = COALESCE(d.category, c.category),
                turns = c.turns + d.turns,
                questions = c.questions + d.questions,
                answered = c.answered + d.answered,
                refused = c.refused + d.refused,
                recommending_turns = c.recommending_turns + d.recommending_turns,
                zero_result_turns = c.zero_result_turns + d.zero_result_turns,
                relaxed_turns = c.relaxed_turns + d.relaxed_turns,
                impressions = c.impressions + d.impressions,
                sponsored_impressions = c.sponsored_impressions + d.sponsored_impressions,
                card_clicks = c.card_clicks + d.card_clicks,
                compares = c.compares + d.compares,
                first_cart_add_at = CASE WHEN c.first_cart_add_at IS NULL OR d.first_cart_add_at < c.first_cart_add_at
                                         THEN COALESCE(d.first_cart_add_at, c.first_cart_add_at) ELSE c.first_cart_add_at END,
                handoff_at = CASE WHEN c.handoff_at IS NULL OR d.handoff_at < c.handoff_at
                                  THEN COALESCE(d.handoff_at, c.handoff_at) ELSE c.handoff_at END,
                ordered_at = CASE WHEN c.ordered_at IS NULL OR d.ordered_at < c.ordered_at
                                  THEN COALESCE(d.ordered_at, c.ordered_at) ELSE c.ordered_at END
            WHEN NOT MATCHED THEN INSERT (id, started_at, owner, category, turns, questions, answered, refused, recommending_turns,
                    zero_result_turns, relaxed_turns, impressions, sponsored_impressions, card_clicks, compares, first_cart_add_at,
                    handoff_at, ordered_at)
                VALUES (d.id, d.started_at, d.owner, d.category, d.turns, d.questions, d.answered, d.refused, d.recommending_turns,
                    d.zero_result_turns, d.relaxed_turns, d.impressions, d.sponsored_impressions, d.card_clicks, d.compares,
                    d.first_cart_add_at, d.handoff_at, d.ordered_at)
            """;

    /**
     * The same rules as {@link #MERGE_CONVERSATION} for PostgreSQL: the whole batch as arrays in one
     * statement, and {@code ON CONFLICT} so that two transactions creating one conversation at once
     * both count (a MERGE would refuse the second with a duplicate key).
     */
    private static final String UPSERT_CONVERSATIONS = """
            INSERT INTO measurement_conversation AS c (id, started_at, owner, category, turns, questions, answered, refused,
                    recommending_turns, zero_result_turns, relaxed_turns, impressions, sponsored_impressions, card_clicks, compares,
                    first_cart_add_at, handoff_at, ordered_at)
            SELECT d.id, CAST(d.started_at AS timestamptz), d.owner, d.category, d.turns, d.questions, d.answered, d.refused,
                    d.recommending_turns, d.zero_result_turns, d.relaxed_turns, d.impressions, d.sponsored_impressions, d.card_clicks,
                    d.compares, CAST(d.first_cart_add_at AS timestamptz), CAST(d.handoff_at AS timestamptz), CAST(d.ordered_at AS timestamptz)
            FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS d(id, started_at, owner, category, turns, questions,
                    answered, refused, recommending_turns, zero_result_turns, relaxed_turns, impressions, sponsored_impressions,
                    card_clicks, compares, first_cart_add_at, handoff_at, ordered_at)
            ON CONFLICT (id) DO UPDATE SET
                started_at = LEAST(c.started_at, EXCLUDED.started_at),
                owner = COALESCE(EXCLUDED.owner, c.owner),
                category = COALESCE(EXCLUDED.category, c.category),
                turns = c.turns + EXCLUDED.turns,
                questions = c.questions + EXCLUDED.questions,
                answered = c.answered + EXCLUDED.answered,
                refused = c.refused + EXCLUDED.refused,
                recommending_turns = c.recommending_turns + EXCLUDED.recommending_turns,
                zero_result_turns = c.zero_result_turns + EXCLUDED.zero_result_turns,
                relaxed_turns = c.relaxed_turns + EXCLUDED.relaxed_turns,
                impressions = c.impressions + EXCLUDED.impressions,
                sponsored_impressions = c.sponsored_impressions + EXCLUDED.sponsored_impressions,
                card_clicks = c.card_clicks + EXCLUDED.card_clicks,
                compares = c.compares + EXCLUDED.compares,
                first_cart_add_at = LEAST(c.first_cart_add_at, EXCLUDED.first_cart_add_at),
                handoff_at = LEAST(c.handoff_at, EXCLUDED.handoff_at),
                ordered_at = LEAST(c.ordered_at, EXCLUDED.ordered_at)
            """;

    private final EntityManager entityManager;
    private final JsonColumns json;
    private final CompatibilityLookup compatibility;

    IntentProjection(EntityManager entityManager, JsonColumns json, CompatibilityLookup compatibility) {
        this.entityManager = entityManager;
        this.json = json;
        this.compatibility = compatibility;
    }

    /**
     * Applies events, in order, that the event log took as new. A turn or order recorded before
     * (the same one republished under another event id) changes nothing: on PostgreSQL the insert
     * itself skips it and says which went in, elsewhere they are looked up first. Then every table
     * gets one batched statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<? extends IntegrationEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        if (events.stream().anyMatch(ProductPublished.class::isInstance)) {
            compatibility.forget(); // a product changed: attachment is judged on fresh links from now on
        }
        Map<UUID, Boolean> attachedByOrder = new HashMap<>();
        for (IntegrationEvent event : events) {
            if (event instanceof OrderPlaced placed) {
                attachedByOrder.put(placed.orderId(), compatibility.attached(placed.lines()) || attachesToEarlierOrder(placed));
            }
        }
        entityManager.unwrap(Session.class).doWork(connection -> new Changes(connection, attachedByOrder).write(events));
    }

    /** How far back an order of parts finds what it attaches to: the event log's own retention. */
    static final java.time.Duration ATTACH_WINDOW = java.time.Duration.ofDays(90);

    /**
     * A signed-in shopper's order of parts for something they bought before ("a jar for the blender I
     * got last month"): a line fits or requires a product of one of their orders of the
     * {@link #ATTACH_WINDOW} before, read from the event log (the batch's own earlier orders are in it).
     */
    private boolean attachesToEarlierOrder(OrderPlaced placed) {
        if (placed.owner() == null) {
            return false;
        }
        Set<UUID> wholes = compatibility.wholes(placed.lines());
        if (wholes.isEmpty()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<String> earlier = entityManager.createNativeQuery("SELECT payload FROM measurement_event_log WHERE owner = :owner "
                        + "AND event_type = 'OrderPlaced' AND occurred_at >= :from AND occurred_at < :at AND order_id <> :order")
                .setParameter("owner", placed.owner()).setParameter("from", placed.occurredAt().minus(ATTACH_WINDOW))
                .setParameter("at", placed.occurredAt()).setParameter("order", placed.orderId()).getResultList();
        for (String payload : earlier) {
            try {
                for (com.fasterxml.jackson.databind.JsonNode line : EARLIER.readTree(payload).path("lines")) {
                    if (wholes.contains(UUID.fromString(line.path("productId").asText("")))) {
                        return true;
                    }
                }
            } catch (IOException | IllegalArgumentException unreadable) {
                // a payload this version cannot read attaches to nothing
            }
        }
        return false;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper EARLIER = new com.fasterxml.jackson.databind.ObjectMapper();

    /** What a list of events changes, gathered in memory and written table by table. */
    private final class Changes {

        private final Connection connection;
        private final boolean postgres;
        private final Map<UUID, Boolean> attachedByOrder;
        private final Map<UUID, ConversationChange> conversations = new LinkedHashMap<>();
        private final List<CartLineAdded> cartAdds = new ArrayList<>();
        private final List<UUID[]> orderConversations = new ArrayList<>();
        private final Map<UUID, Instant> cancelled = new LinkedHashMap<>();
        private final Map<UUID, Long> refunded = new LinkedHashMap<>();
        /** The first return asked for of each order: when and why it came back (the return-rate KPI). */
        private final Map<UUID, ReturnRequested> returned = new LinkedHashMap<>();

        Changes(Connection connection, Map<UUID, Boolean> attachedByOrder) throws SQLException {
            this.connection = connection;
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            this.attachedByOrder = attachedByOrder;
        }

        /**
         * Turns and orders go in first, and only those that went in count: the same turn or order
         * under another event id (a producer's retry) is in the table already, or earlier in the list.
         */
        void write(List<? extends IntegrationEvent> events) throws SQLException {
            Map<TurnRow.Key, AssistantTurnTaken> turns = new LinkedHashMap<>();
            Map<UUID, OrderPlaced> orders = new LinkedHashMap<>();
            for (IntegrationEvent event : events) {
                if (event instanceof AssistantTurnTaken t) {
                    turns.putIfAbsent(new TurnRow.Key(t.conversationId(), t.turn()), t);
                } else if (event instanceof OrderPlaced o) {
                    orders.putIfAbsent(o.orderId(), o);
                }
            }
            Set<TurnRow.Key> newTurns = postgres ? insertTurnsOnPostgres(turns.values()) : insertUnseenTurns(turns);
            Set<UUID> newOrders = postgres ? insertOrdersOnPostgres(orders.values()) : insertUnseenOrders(orders);
            for (IntegrationEvent event : events) {
                switch (event) {
                    case AssistantTurnTaken turn -> {
                        if (newTurns.remove(new TurnRow.Key(turn.conversationId(), turn.turn()))) {
                            turn(turn);
                        }
                    }
                    case ShopperInteracted interaction -> interaction(interaction);
                    case CartLineAdded added -> cartAdd(added);
                    case OrderPlaced placed -> {
                        if (newOrders.remove(placed.orderId())) {
                            order(placed);
                        }
                    }
                    case OrderCancelled c -> cancelled.merge(c.orderId(), c.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
                    case OrderRefunded r -> refunded.merge(r.orderId(), r.totalRefundedMinor(), Math::max);
                    case ReturnRequested r -> returned.putIfAbsent(r.orderId(), r);
                    default -> {
                        // other events are kept in the event log only
                    }
                }
            }
            writeTheRest();
        }

        /** PostgreSQL: one statement; a turn whose key is there already (or is being written by another transaction) is skipped. */
        private Set<TurnRow.Key> insertTurnsOnPostgres(Collection<AssistantTurnTaken> turns) throws SQLException {
            ColumnArrays rows = new ColumnArrays(turns.size(), "uuid", "int4", "text", "text", "text", "text", "text", "text", "text", "text",
                    "int4", "bool", "text");
            turns.forEach(t -> rows.add(turnRow(t)));
            return rows.insertReturning(connection, INSERT_TURNS_ARRAYS, row -> new TurnRow.Key(row.getObject(1, UUID.class), row.getInt(2)));
        }

        /** Elsewhere (H2): the conversations' turns already recorded, in IN lists, then one batch for the others. */
        private Set<TurnRow.Key> insertUnseenTurns(Map<TurnRow.Key, AssistantTurnTaken> turns) throws SQLException {
            Set<TurnRow.Key> unseen = new LinkedHashSet<>(turns.keySet());
            Set<UUID> ofConversations = new LinkedHashSet<>();
            turns.keySet().forEach(key -> ofConversations.add(key.conversation()));
            Rows.eachIn(connection, "SELECT conversation_id, turn FROM measurement_turn WHERE conversation_id IN ", ofConversations,
                    rows -> unseen.remove(new TurnRow.Key(rows.getObject(1, UUID.class), rows.getInt(2))));
            batch(INSERT_TURN, unseen, (s, key) -> bindRow(s, turnRow(turns.get(key))));
            return unseen;
        }

        private Set<UUID> insertOrdersOnPostgres(Collection<OrderPlaced> orders) throws SQLException {
            ColumnArrays rows = new ColumnArrays(orders.size(), "uuid", "text", "text", "text", "text", "int8", "bool", "int4", "bool", "text",
                    "text");
            orders.forEach(o -> rows.add(orderRow(o)));
            return rows.insertReturning(connection, INSERT_ORDERS_ARRAYS, row -> row.getObject(1, UUID.class));
        }

        private Set<UUID> insertUnseenOrders(Map<UUID, OrderPlaced> orders) throws SQLException {
            Set<UUID> unseen = new LinkedHashSet<>(orders.keySet());
            Rows.eachIn(connection, "SELECT order_id FROM measurement_order WHERE order_id IN ", orders.keySet(),
                    rows -> unseen.remove(rows.getObject(1, UUID.class)));
            batch(INSERT_ORDER, unseen, (s, id) -> bindRow(s, orderRow(orders.get(id))));
            return unseen;
        }

        /** The order's row in table order ({@link #INSERT_ORDER}, {@link #INSERT_ORDERS_ARRAYS}); the category is its line worth the most. */
        private Object[] orderRow(OrderPlaced o) {
            String category = o.lines().stream().max(Comparator.comparingLong(l -> l.unitPriceMinor() * l.quantity()))
                    .map(OrderPlaced.Line::category).orElse(null);
            return new Object[] {o.orderId(), o.owner(), o.occurredAt(), category, o.currency(), o.totalMinor(), o.assisted(), o.lines().size(),
                    attachedByOrder.getOrDefault(o.orderId(), false), json.write(o.conversations()),
                    json.write(o.lines().stream().map(OrderPlaced.Line::sku).toList())};
        }

        private ConversationChange conversation(UUID id, Instant at) {
            ConversationChange change = conversations.computeIfAbsent(id, k -> new ConversationChange(at));
            change.startedAt = ConversationFacts.earliest(change.startedAt, at);
            return change;
        }

        private void turn(AssistantTurnTaken event) {
            ConversationChange c = conversation(event.conversationId(), event.occurredAt());
            c.turns++;
            if ("QUESTION".equals(event.intent())) {
                c.questions++;
                if (Boolean.TRUE.equals(event.answered())) {
                    c.answered++;
                }
            }
            if (event.refusedTopic() != null || "REFUSED".equals(event.intent())) {
                c.refused++;
            }
            if (RECOMMENDING.contains(event.intent())) {
                c.recommendingTurns++;
                if (event.shown().isEmpty()) {
                    c.zeroResultTurns++;
                }
                if (event.relaxations() > 0) {
                    c.relaxedTurns++;
                }
            }
            c.impressions += event.shown().size();
            c.sponsoredImpressions += (int) event.sponsored().stream().filter(Boolean.TRUE::equals).count();
            if (event.category() != null) {
                c.category = event.category();
            }
            if (event.owner() != null) {
                c.owner = event.owner();
            }
        }

        private void interaction(ShopperInteracted event) {
            ConversationChange c = conversation(event.conversationId(), event.occurredAt());
            switch (event.kind()) {
                case CARD_CLICKED -> c.cardClicks++;
                case COMPARE_USED -> c.compares++;
                case HANDOFF_REQUESTED -> c.handoffAt = ConversationFacts.earliest(c.handoffAt, event.occurredAt());
            }
        }

        private void cartAdd(CartLineAdded event) {
            cartAdds.add(event);
            if (event.conversationId() != null) {
                ConversationChange c = conversation(event.conversationId(), event.occurredAt());
                c.firstCartAddAt = ConversationFacts.earliest(c.firstCartAddAt, event.occurredAt());
                if (event.owner() != null) {
                    c.owner = event.owner();
                }
            }
        }

        private void order(OrderPlaced event) {
            for (UUID id : new LinkedHashSet<>(event.conversations())) {
                orderConversations.add(new UUID[] {event.orderId(), id});
                ConversationChange c = conversation(id, event.occurredAt());
                c.orderedAt = ConversationFacts.earliest(c.orderedAt, event.occurredAt());
                if (event.owner() != null) {
                    c.owner = event.owner();
                }
            }
        }

        /** After the turns and orders: the orders' conversations, cancellations, refunds, returns, adds to cart and conversation changes. */
        private void writeTheRest() throws SQLException {
            batch(INSERT_ORDER_CONVERSATION, orderConversations, (s, link) -> {
                s.setObject(1, link[0]);
                s.setObject(2, link[1]);
            });
            batch(CANCEL_ORDER, cancelled.entrySet(), (s, c) -> {
                s.setObject(1, time(c.getValue()));
                s.setObject(2, c.getKey());
                s.setObject(3, time(c.getValue()));
            });
            batch(REFUND_ORDER, refunded.entrySet(), (s, r) -> {
                s.setLong(1, r.getValue());
                s.setObject(2, r.getKey());
                s.setLong(3, r.getValue());
            });
            batch(RETURN_ORDER, returned.values(), (s, r) -> {
                s.setObject(1, time(r.occurredAt()));
                s.setString(2, r.reason());
                s.setObject(3, r.orderId());
                s.setObject(4, time(r.occurredAt()));
            });
            batch(INSERT_CART_ADD, cartAdds, (s, a) -> {
                s.setObject(1, a.eventId());
                s.setObject(2, time(a.occurredAt()));
                s.setObject(3, a.cartId());
                s.setString(4, a.owner());
                s.setObject(5, a.conversationId(), Types.OTHER);
                s.setObject(6, a.productId());
                s.setString(7, a.sku());
                s.setString(8, a.category());
                s.setInt(9, a.quantity());
                s.setLong(10, a.unitPriceMinor());
            });
            if (conversations.isEmpty()) {
                return;
            }
            if (postgres) {
                upsertConversations();
            } else {
                batch(MERGE_CONVERSATION, conversations.entrySet(), (s, e) -> bindRow(s, e.getValue().columns(e.getKey())));
            }
        }

        /** PostgreSQL: every conversation change of the batch in one statement, column by column as arrays. */
        private void upsertConversations() throws SQLException {
            ColumnArrays rows = new ColumnArrays(conversations.size(), "uuid", "text", "text", "text", "int4", "int4", "int4", "int4", "int4",
                    "int4", "int4", "int4", "int4", "int4", "int4", "text", "text", "text");
            conversations.forEach((id, change) -> rows.add(change.columns(id)));
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT_CONVERSATIONS)) {
                rows.bind(connection, upsert, 1);
                upsert.executeUpdate();
            }
        }

        /** The turn's row in table order ({@link #INSERT_TURN}, {@link #INSERT_TURNS_ARRAYS}). */
        private static Object[] turnRow(AssistantTurnTaken t) {
            return new Object[] {t.conversationId(), t.turn(), t.occurredAt(), text(t), t.intent(), t.category(),
                    JsonColumns.strings(t.constraints()), JsonColumns.strings(t.constraintWords()), JsonColumns.strings(t.uncoveredWords()),
                    shown(t), t.relaxations(), t.answered(), t.refusedTopic()};
        }

        /** The turn's words (redacted by the intake), cut to the column's length. */
        private static String text(AssistantTurnTaken t) {
            String text = t.text();
            return text == null ? null : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        }

        private <T> void batch(String sql, Collection<T> items, Binder<T> binder) throws SQLException {
            if (items.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T item : items) {
                    binder.bind(statement, item);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    /** What one list of events adds to a conversation's row. */
    private static final class ConversationChange {
        Instant startedAt;
        String owner;
        String category;
        int turns;
        int questions;
        int answered;
        int refused;
        int recommendingTurns;
        int zeroResultTurns;
        int relaxedTurns;
        int impressions;
        int sponsoredImpressions;
        int cardClicks;
        int compares;
        Instant firstCartAddAt;
        Instant handoffAt;
        Instant orderedAt;

        ConversationChange(Instant startedAt) {
            this.startedAt = startedAt;
        }

        /** The row's columns in table order ({@link #MERGE_CONVERSATION}, {@link #UPSERT_CONVERSATIONS}). */
        Object[] columns(UUID id) {
            return new Object[] {id, startedAt, owner, category, turns, questions, answered, refused, recommendingTurns, zeroResultTurns,
                    relaxedTurns, impressions, sponsoredImpressions, cardClicks, compares, firstCartAddAt, handoffAt, orderedAt};
        }
    }

    /** The turn's {@code shown} column: {@code [{"product": id, "receipt": id or "", "sponsored": bool}]}, one per card. */
    static String shown(AssistantTurnTaken t) {
        StringBuilder out = new StringBuilder(2 + 110 * t.shown().size()).append('[');
        for (int i = 0; i < t.shown().size(); i++) {
            out.append(i == 0 ? "{" : ",{").append("\"product\":");
            JsonColumns.quoted(String.valueOf(t.shown().get(i)), out).append(",\"receipt\":");
            JsonColumns.quoted(i < t.receipts().size() ? String.valueOf(t.receipts().get(i)) : "", out)
                    .append(",\"sponsored\":").append(i < t.sponsored().size() && Boolean.TRUE.equals(t.sponsored().get(i))).append('}');
        }
        return out.append(']').toString();
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Binds a row's values in order for a JDBC batch: instants as UTC timestamps, null as SQL NULL. */
    private static void bindRow(PreparedStatement s, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            s.setObject(i + 1, row[i] instanceof Instant at ? time(at) : row[i]);
        }
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }
}
