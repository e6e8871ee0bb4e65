package com.concierge.measurement.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.checkout.api.events.OrderPlaced;
import com.concierge.kernel.events.IntegrationEvent;
import com.concierge.postpurchase.api.events.ReturnRequested;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatedHistoryTest {

    private static final SimulatedHistory.Product JAR = new SimulatedHistory.Product(UUID.randomUUID(), "JAR-1", "blender-parts", 2_500, List.of());
    private static final SimulatedHistory.Product BLENDER = new SimulatedHistory.Product(UUID.randomUUID(), "BL-1", "blenders", 12_900, List.of(JAR));
    private static final SimulatedHistory.Product FRYER = new SimulatedHistory.Product(UUID.randomUUID(), "AF-1", "air-fryers", 8_900, List.of());
    private static final Map<String, List<SimulatedHistory.Product>> CATALOG = Map.of("blenders", List.of(BLENDER), "air-fryers", List.of(FRYER),
            "blender-parts", List.of(JAR));
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

    private static List<IntegrationEvent> history() {
        return new SimulatedHistory(CATALOG, "USD", 2026).events(LAST, 28);
    }

    @Test
    void theSameCatalogAndDaysGiveTheSameEventsWithTheSameIds() {
        assertThat(history()).extracting(IntegrationEvent::eventId).isEqualTo(history().stream().map(IntegrationEvent::eventId).toList());
        assertThat(history()).extracting(IntegrationEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void everyDayHasAssistedAndUnassistedOrdersAndNothingHappensAfterTheLastDay() {
        List<IntegrationEvent> events = history();
        Map<LocalDate, List<OrderPlaced>> byDay = events.stream().filter(OrderPlaced.class::isInstance).map(OrderPlaced.class::cast)
                .collect(Collectors.groupingBy(o -> LocalDate.ofInstant(o.occurredAt(), ZoneOffset.UTC)));
        assertThat(byDay).hasSize(28);
        byDay.values().forEach(orders -> assertThat(orders).anyMatch(o -> !o.assisted()));
        assertThat(byDay.values().stream().flatMap(List::stream)).anyMatch(OrderPlaced::assisted);
        assertThat(events).allMatch(e -> !LocalDate.ofInstant(e.occurredAt(), ZoneOffset.UTC).isAfter(LAST));
    }

    @Test
    void returnsFollowTheirOrdersAndPartsFitWhatTheyAreBoughtWith() {
        List<IntegrationEvent> events = history();
        Map<UUID, OrderPlaced> orders = new HashMap<>();
        events.stream().filter(OrderPlaced.class::isInstance).map(OrderPlaced.class::cast).forEach(o -> orders.put(o.orderId(), o));
        List<ReturnRequested> returns = events.stream().filter(ReturnRequested.class::isInstance).map(ReturnRequested.class::cast).toList();
        assertThat(returns).isNotEmpty().allMatch(r -> orders.containsKey(r.orderId()) && r.occurredAt().isAfter(orders.get(r.orderId()).occurredAt()));
        assertThat(returns).anyMatch(r -> orders.get(r.orderId()).assisted()).anyMatch(r -> !orders.get(r.orderId()).assisted());
        Map<UUID, com.concierge.checkout.api.events.OrderDelivered> delivered = new HashMap<>();
        events.stream().filter(com.concierge.checkout.api.events.OrderDelivered.class::isInstance)
                .map(com.concierge.checkout.api.events.OrderDelivered.class::cast).forEach(d -> delivered.put(d.orderId(), d));
        assertThat(returns).as("a return follows its delivery")
                .allMatch(r -> delivered.containsKey(r.orderId()) && r.occurredAt().isAfter(delivered.get(r.orderId()).deliveredAt()));

        List<OrderPlaced> withParts = orders.values().stream().filter(o -> o.lines().size() > 1).toList();
        assertThat(withParts).isNotEmpty().allMatch(o -> o.lines().get(0).productId().equals(BLENDER.id()) && o.lines().get(1).productId().equals(JAR.id()));
        Function<OrderPlaced, Long> subtotal = o -> o.lines().stream().mapToLong(l -> l.unitPriceMinor() * l.quantity()).sum();
        assertThat(orders.values()).allMatch(o -> o.subtotalMinor() == subtotal.apply(o)
                && o.totalMinor() == o.subtotalMinor() + o.shippingMinor() + o.taxMinor());
    }
}
