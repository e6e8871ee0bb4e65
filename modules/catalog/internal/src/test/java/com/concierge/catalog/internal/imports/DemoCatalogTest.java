package com.concierge.catalog.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.internal.StoredValue;
import com.concierge.catalog.internal.demo.DemoCatalog;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo store passes its own import checks, is big enough, is the same every run, and its specs hang together. */
class DemoCatalogTest {

    private static final Map<String, List<com.concierge.catalog.api.attributes.AttributeDefinition>> SCHEMAS = DemoCatalog.categories().stream()
            .collect(Collectors.toMap(CategoryDefinition::key, CategoryDefinition::attributes));

    private static List<VariantDraft> accepted(String csv) {
        ImportValidator.Result result = new ImportValidator(SCHEMAS).check(CatalogFileReader.csv(new StringReader(csv)));
        assertThat(result.report().problems()).as("the demo catalog passes its own import checks").isEmpty();
        return result.accepted();
    }

    @Test
    void atLeast400ProductsInAtLeast10CategoriesWithQaLinksAndReviews() {
        DemoCatalog.Content demo = DemoCatalog.demo();
        List<VariantDraft> rows = accepted(DemoCatalog.csv(demo.rows()));
        Map<String, Long> productsPerCategory = rows.stream().map(VariantDraft::product).distinct()
                .collect(Collectors.groupingBy(ProductDraft::category, Collectors.counting()));

        assertThat(productsPerCategory.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(400);
        assertThat(productsPerCategory).hasSizeGreaterThanOrEqualTo(10)
                .containsKeys("blenders", "air-fryers", "coffee-makers", "vacuums", "headphones", "running-shoes", "kids-toys",
                        "kitchen-knives", "luggage", "smart-home");
        assertThat(demo.qa().stream().map(DemoCatalog.Qa::productHandle).distinct().count()).as("every product has Q&A")
                .isEqualTo(rows.stream().map(r -> r.product().handle()).distinct().count());
        assertThat(demo.links()).extracting(DemoCatalog.Link::relation).contains("fits", "requires", "replaces", "accessory-of");
        Map<String, Long> reviewsPerProduct = demo.reviews().stream().collect(Collectors.groupingBy(DemoCatalog.Review::productHandle, Collectors.counting()));
        assertThat(reviewsPerProduct.values()).allSatisfy(count -> assertThat(count).isBetween(3L, 8L));
        assertThat(rows).allSatisfy(row -> assertThat(row.product().rating()).isNotNull());
    }

    @Test
    void theSameCatalogEveryRun() {
        assertThat(DemoCatalog.csv(DemoCatalog.demo().rows())).isEqualTo(DemoCatalog.csv(DemoCatalog.demo().rows()));
        assertThat(DemoCatalog.demo().reviews()).isEqualTo(DemoCatalog.demo().reviews());
    }

    @Test
    void specsHangTogether() {
        List<ProductDraft> blenders = accepted(DemoCatalog.csv(DemoCatalog.demo().rows())).stream().map(VariantDraft::product).distinct()
                .filter(p -> p.category().equals("blenders")).toList();
        for (ProductDraft blender : blenders) {
            BigDecimal watts = number(blender, "power");
            BigDecimal decibels = number(blender, "noise");
            if (watts.compareTo(BigDecimal.valueOf(1200)) >= 0) {
                assertThat(decibels).as(blender.title() + ": a big motor is not whisper quiet").isGreaterThanOrEqualTo(BigDecimal.valueOf(60));
            }
            if (blender.attributes().get("dishwasher_safe").flag()) {
                assertThat(blender.boundaries()).noneMatch(b -> b.contains("not dishwasher safe"));
            } else {
                assertThat(blender.boundaries()).contains("not dishwasher safe: hand-wash the jar");
            }
        }
        double loudestBudget = blenders.stream().filter(b -> number(b, "power").intValue() <= 500).mapToDouble(b -> number(b, "noise").doubleValue()).max().orElseThrow();
        double loudestPremium = blenders.stream().filter(b -> number(b, "power").intValue() >= 1500).mapToDouble(b -> number(b, "noise").doubleValue()).max().orElseThrow();
        assertThat(loudestPremium).isGreaterThan(loudestBudget);
    }

    @Test
    void benchmarkCatalogsScaleTheSameTemplates() {
        List<VariantDraft> rows = accepted(DemoCatalog.csv(DemoCatalog.products(2_000)));
        assertThat(rows).hasSize(2_000);
        assertThat(rows.stream().map(r -> r.product().handle()).distinct()).hasSize(2_000);
    }

    @Test
    void everyDemoRuleLabelsSomeButNotAllOfItsCategory() {
        Map<String, List<ProductDraft>> products = accepted(DemoCatalog.csv(DemoCatalog.demo().rows())).stream().map(VariantDraft::product)
                .distinct().collect(Collectors.groupingBy(ProductDraft::category));
        for (CategoryDefinition category : DemoCatalog.categories()) {
            List<com.concierge.catalog.api.reasons.ReasonRule> rules = com.concierge.catalog.internal.demo.DemoRulesAccess.rules(category);
            Map<java.util.UUID, Map<String, com.concierge.catalog.api.attributes.AttributeValue>> values = new java.util.HashMap<>();
            for (ProductDraft product : products.get(category.key())) {
                Map<String, com.concierge.catalog.api.attributes.AttributeValue> attributes = new java.util.HashMap<>();
                product.attributes().forEach((key, value) -> attributes.put(key, value.toValue()));
                values.put(java.util.UUID.nameUUIDFromBytes(product.handle().getBytes()), attributes);
            }
            var labels = new com.concierge.catalog.internal.reasons.ReasonLabeler(category.key(), category.attributes())
                    .label(new com.concierge.catalog.api.reasons.ReasonRuleSet(category.key(), 1, rules, "test", java.time.Instant.now(), null), values);
            for (var rule : rules) {
                long holders = labels.stream().filter(l -> l.code().equals(rule.code())).count();
                assertThat(holders).as(category.key() + " / " + rule.code()).isBetween(1L, (long) values.size() - 1);
            }
        }
    }

    private static BigDecimal number(ProductDraft product, String key) {
        StoredValue value = product.attributes().get(key);
        return value.number();
    }
}
