package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.inventory.Inventory;
import com.concierge.measurement.api.IngestReport;
import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.api.Measurement;
import com.concierge.web.support.Shop;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo store's simulated history (docs/kpis.md#demo-history) through the real intake and KPI
 * computation: four weeks of a catalog give orders with and without the assistant, returns of both,
 * and a second load records nothing new. A window a year back, so no other test's day is touched.
 */
@QuarkusTest
class DemoHistoryTest {

    @Inject
    Measurement measurement;

    @Inject
    Catalog catalog;

    @Inject
    Inventory inventory;

    @Test
    void fourWeeksOfHistoryFillTheReturnRateChartsForBothSplits() {
        Shop.Returnable.stock(catalog, inventory); // at least one category with products and a part that fits
        LocalDate last = LocalDate.now(ZoneOffset.UTC).minusDays(400);
        IngestReport first = measurement.loadDemoHistory(last, 28);
        assertThat(first.recorded()).isGreaterThan(28 * 50);
        assertThat(first.rejected()).isZero();

        List<Kpi> kpis = measurement.kpis(last.minusDays(27), last, null).stream().filter(k -> k.category().equals(Kpi.ALL)).toList();
        double assistedOrders = sum(kpis, "orders", "assisted", false);
        double unassistedOrders = sum(kpis, "orders", "unassisted", false);
        assertThat(assistedOrders).isGreaterThan(50);
        assertThat(unassistedOrders).isGreaterThan(150);
        assertThat(sum(kpis, "return_rate", "assisted", true)).as("assisted orders returned").isPositive();
        assertThat(sum(kpis, "return_rate", "unassisted", true)).as("unassisted orders returned").isPositive();
        assertThat(kpis.stream().filter(k -> k.name().equals("conversations")).count()).isEqualTo(28);

        IngestReport again = measurement.loadDemoHistory(last, 28);
        assertThat(again.recorded()).isZero();
        assertThat(again.duplicates()).isEqualTo(first.recorded());
    }

    private static double sum(List<Kpi> kpis, String name, String split, boolean numerator) {
        return kpis.stream().filter(k -> k.name().equals(name) && k.split().equals(split))
                .mapToDouble(k -> numerator ? k.numerator() : k.value() == null ? 0 : k.value()).sum();
    }
}
