package com.concierge.measurement.internal.intents;

import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.checkout.api.events.CartLineAdded;
import com.concierge.checkout.api.events.OrderCancelled;
import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.checkout.api.events.OrderRefunded;
import com.concierge.kernel.events.IntegrationEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the intent records (conversations, turns, cart adds, orders) up to date from the events
 * measurement receives, in the intake's transaction. The event log keeps every event as it came;
 * these tables are what KPIs, analytics and exports read.
 */
@ApplicationScoped
public class IntentProjection {

    /** Intents that answer with recommendations (a zero-result turn is one of these that showed nothing). */
    static final Set<String> RECOMMENDING = Set.of("SHOP", "REFINE", "EDIT");
    private static final Set<Relation> ATTACHING = Set.of(Relation.FITS, Relation.REQUIRES);

    private final Catalog catalog;
    private final ObjectMapper json;

    IntentProjection(Catalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IntegrationEvent event) {
        switch (event) {
            case AssistantTurnTaken turn -> turn(turn);
            case ShopperInteracted interaction -> interaction(interaction);
            case CartLineAdded added -> cartAdd(added);
            case OrderPlaced placed -> order(placed);
            case OrderCancelled cancelled -> OrderFacts.<OrderFacts>findByIdOptional(cancelled.orderId())
                    .ifPresent(o -> o.cancelledAt = ConversationFacts.earliest(o.cancelledAt, cancelled.occurredAt()));
            case OrderRefunded refunded -> OrderFacts.<OrderFacts>findByIdOptional(refunded.orderId())
                    .ifPresent(o -> o.refundedMinor = Math.max(o.refundedMinor, refunded.totalRefundedMinor()));
            default -> {
                // other events are kept in the event log only
            }
        }
    }

    private void turn(AssistantTurnTaken event) {
        TurnRow.Key key = new TurnRow.Key(event.conversationId(), event.turn());
        if (TurnRow.findById(key) != null) {
            return; // the same turn under another event id (a republished event): counted once
        }
        ConversationFacts c = ConversationFacts.of(event.conversationId(), event.occurredAt());
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
        TurnRow row = new TurnRow();
        row.key = key;
        row.occurredAt = event.occurredAt();
        String text = event.text(); // redacted by the intake
        row.text = text == null ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
        row.intent = event.intent();
        row.category = event.category();
        row.constraintFields = write(event.constraints());
        row.constraintWords = write(event.constraintWords());
        List<Map<String, Object>> shown = new ArrayList<>();
        for (int i = 0; i < event.shown().size(); i++) {
            shown.add(Map.of("product", event.shown().get(i), "receipt", i < event.receipts().size() ? event.receipts().get(i) : "",
                    "sponsored", i < event.sponsored().size() && Boolean.TRUE.equals(event.sponsored().get(i))));
        }
        row.shown = write(shown);
        row.relaxations = event.relaxations();
        row.answered = event.answered();
        row.refusedTopic = event.refusedTopic();
        row.persist();
    }

    private void interaction(ShopperInteracted event) {
        ConversationFacts c = ConversationFacts.of(event.conversationId(), event.occurredAt());
        switch (event.kind()) {
            case CARD_CLICKED -> c.cardClicks++;
            case COMPARE_USED -> c.compares++;
            case HANDOFF_REQUESTED -> c.handoffAt = ConversationFacts.earliest(c.handoffAt, event.occurredAt());
        }
    }

    private void cartAdd(CartLineAdded event) {
        CartAddRow row = new CartAddRow();
        row.eventId = event.eventId();
        row.occurredAt = event.occurredAt();
        row.cart = event.cartId();
        row.owner = event.owner();
        row.conversation = event.conversationId();
        row.product = event.productId();
        row.sku = event.sku();
        row.category = event.category();
        row.quantity = event.quantity();
        row.unitPriceMinor = event.unitPriceMinor();
        row.persist();
        if (event.conversationId() != null) {
            ConversationFacts c = ConversationFacts.of(event.conversationId(), event.occurredAt());
            c.firstCartAddAt = ConversationFacts.earliest(c.firstCartAddAt, event.occurredAt());
            if (event.owner() != null) {
                c.owner = event.owner();
            }
        }
    }

    private void order(OrderPlaced event) {
        if (OrderFacts.findById(event.orderId()) != null) {
            return;
        }
        OrderFacts o = new OrderFacts();
        o.orderId = event.orderId();
        o.owner = event.owner();
        o.placedAt = event.occurredAt();
        o.category = event.lines().stream().max(Comparator.comparingLong(l -> l.unitPriceMinor() * l.quantity()))
                .map(OrderPlaced.Line::category).orElse(null);
        o.currency = event.currency();
        o.totalMinor = event.totalMinor();
        o.assisted = event.assisted();
        o.lineCount = event.lines().size();
        o.attached = attached(event.lines());
        o.conversations = write(event.conversations());
        o.skus = write(event.lines().stream().map(OrderPlaced.Line::sku).toList());
        o.persist();
        for (UUID conversation : event.conversations()) {
            ConversationFacts c = ConversationFacts.of(conversation, event.occurredAt());
            c.orderedAt = ConversationFacts.earliest(c.orderedAt, event.occurredAt());
            if (event.owner() != null) {
                c.owner = event.owner();
            }
        }
    }

    /** Whether a line fits or requires the product of another line (the catalog's compatibility graph). */
    private boolean attached(List<OrderPlaced.Line> lines) {
        Set<UUID> products = lines.stream().map(OrderPlaced.Line::productId).collect(Collectors.toSet());
        if (products.size() < 2) {
            return false;
        }
        for (OrderPlaced.Line line : lines) {
            if (catalog.product(line.productId()).isEmpty()) {
                continue; // deleted since (asking for its links would throw inside the intake's transaction)
            }
            for (CompatibilityLink link : catalog.compatibility(line.productId())) {
                if (ATTACHING.contains(link.relation()) && !link.other().equals(line.productId()) && products.contains(link.other())) {
                    return true;
                }
            }
        }
        return false;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
