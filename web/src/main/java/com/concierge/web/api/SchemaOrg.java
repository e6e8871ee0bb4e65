package com.concierge.web.api;

import com.concierge.catalog.api.PolicyCatalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.policies.ItemPolicies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org Product and Offer JSON-LD (https://schema.org/Product): one Offer per variant with
 * price and availability, attributes as PropertyValues with their unit, the rating, and the return
 * policy when one covers the item. Values come from the catalog only; nothing is invented.
 */
public final class SchemaOrg {

    private SchemaOrg() {
    }

    /** The product's JSON-LD with the policies that cover it in {@code region} on {@code today}, for an item not yet delivered. */
    public static Map<String, Object> product(ProductDetails product, String url, PolicyCatalog catalog, String region, LocalDate today) {
        return product(product, url, catalog.policiesFor(product.id(), region, today, false, today));
    }

    public static Map<String, Object> product(ProductDetails product, String url, ItemPolicies policies) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "Product");
        json.put("@id", url);
        json.put("url", url);
        json.put("name", product.title());
        json.put("brand", Map.of("@type", "Brand", "name", product.brand()));
        json.put("description", product.description());
        json.put("sku", product.variants().get(0).sku());
        if (!product.images().isEmpty()) {
            json.put("image", product.images());
        }
        if (product.category() != null) {
            json.put("category", product.category());
        }
        List<Map<String, Object>> properties = new ArrayList<>();
        for (ProductDetails.Attribute attribute : product.attributes()) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("@type", "PropertyValue");
            property.put("propertyID", attribute.key());
            property.put("name", attribute.label());
            if (attribute.type() == AttributeType.NUMBER && attribute.value() instanceof BigDecimal number) {
                property.put("value", number);
                if (attribute.unit() != null) {
                    property.put("unitText", attribute.unit());
                }
            } else {
                property.put("value", attribute.display());
            }
            properties.add(property);
        }
        if (!properties.isEmpty()) {
            json.put("additionalProperty", properties);
        }
        if (product.rating() != null && product.reviewCount() > 0) {
            json.put("aggregateRating", Map.of("@type", "AggregateRating", "ratingValue", product.rating(), "reviewCount", product.reviewCount(),
                    "bestRating", 5, "worstRating", 1));
        }
        List<Map<String, Object>> offers = new ArrayList<>();
        for (ProductDetails.Variant variant : product.variants()) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("sku", variant.sku());
            offer.put("price", variant.price().amount().toPlainString());
            offer.put("priceCurrency", variant.price().currency().getCurrencyCode());
            offer.put("availability", variant.stock() > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
            if (!variant.options().isEmpty()) {
                offer.put("name", product.title() + " (" + String.join(", ", variant.options().values()) + ")");
            }
            if (policies != null && policies.returns().policyId() != null && policies.returns().lastDay() != null) {
                offer.put("hasMerchantReturnPolicy", Map.of("@type", "MerchantReturnPolicy",
                        "applicableCountry", policies.item().region(),
                        "returnPolicyCategory", "https://schema.org/MerchantReturnFiniteReturnWindow",
                        "merchantReturnDays", java.time.temporal.ChronoUnit.DAYS.between(policies.item().deliveredOn(), policies.returns().lastDay())));
            }
            offers.add(offer);
        }
        json.put("offers", offers);
        return json;
    }
}
