package com.concierge.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.attributes.AttributeType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The card the index keeps reads back as the very card the product gives (ADR 19). */
class IndexedSummaryTest {

    private static Variant variant(String sku, int position, long priceMinor, int stock) {
        Variant v = new Variant();
        v.sku = sku;
        v.position = position;
        v.priceMinor = priceMinor;
        v.currency = "USD";
        v.stock = stock;
        return v;
    }

    private static Product blender() {
        Product p = new Product();
        p.id = UUID.randomUUID();
        p.handle = "calma-900";
        p.category = "blenders";
        p.title = "Calma 900 blender";
        p.brand = "Calma";
        p.description = "Whisper quiet \"smoothies\", ünïcode and \u2028 line separators";
        p.images = List.of("https://img.example/calma.jpg", "https://img.example/calma-2.jpg");
        Map<String, StoredValue> attributes = new LinkedHashMap<>();
        attributes.put("noise", new StoredValue(AttributeType.NUMBER, new BigDecimal("5E+1"), "dB", "50 dB", null, null, null));
        attributes.put("jar_capacity", new StoredValue(AttributeType.NUMBER, new BigDecimal("1.892705892"), "L", "64 fl oz", null, null, null));
        attributes.put("jar_material", new StoredValue(AttributeType.ENUM, null, null, "tritan", "Tritan", null, null));
        attributes.put("dishwasher_safe", new StoredValue(AttributeType.BOOLEAN, null, null, "yes", null, true, null));
        attributes.put("programs", new StoredValue(AttributeType.LIST, null, null, "smoothie|soup", null, null, List.of("smoothie", "soup")));
        p.attributes = attributes;
        p.reasonCodes = List.of(new StoredLabel("quiet", "Quiet", 1, "noise ≤ 60 dB"));
        p.rating = new BigDecimal("4.60");
        p.reviewCount = 12;
        p.variants = List.of(variant("CALMA-RED", 1, 15999, 0), variant("CALMA-BLK", 0, 14999, 3));
        return p;
    }

    @Test
    void theIndexedCardReadsBackAsTheProductsOwnCard() {
        Product product = blender();
        ProductSummary read = IndexedSummary.read(IndexedSummary.write(product));
        assertThat(read).isEqualTo(product.toSummary());
        assertThat(read.price().minorUnits()).isEqualTo(14999);
        assertThat(read.sku()).isEqualTo("CALMA-BLK");
        assertThat(read.attributes().get("noise")).isEqualTo(new BigDecimal("5E+1"));
    }

    @Test
    void aProductWithoutARatingOrImagesReadsBackToo() {
        Product product = blender();
        product.rating = null;
        product.images = List.of();
        product.attributes = Map.of();
        assertThat(IndexedSummary.read(IndexedSummary.write(product))).isEqualTo(product.toSummary());
    }

    @Test
    void aDocumentWithoutACardOrWithAnUnreadableOneAsksTheDatabase() {
        assertThat(IndexedSummary.read(null)).isNull();
        assertThat(IndexedSummary.read("")).isNull();
        assertThat(IndexedSummary.read("{\"id\": \"not-a-uuid\"")).isNull();
    }
}
