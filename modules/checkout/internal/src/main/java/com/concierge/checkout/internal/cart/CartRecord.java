package com.concierge.checkout.internal.cart;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A cart as stored. {@code version} is JPA's optimistic lock: two changes racing on one cart cannot
 * both win, and it is the version an order names.
 */
@Entity
@Table(name = "checkout_cart")
public class CartRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    public String owner;

    @Column(nullable = false)
    public String status;

    @Version
    @Column(nullable = false)
    public long version;

    public String currency;

    public String region;

    @Column(name = "shipping_option")
    public String shippingOption;

    @Column(name = "discount_code")
    public String discountCode;

    /** Conversation ids, comma-separated. */
    @Column(nullable = false)
    public String conversations = "";

    @ElementCollection
    @CollectionTable(name = "checkout_cart_line", joinColumns = @JoinColumn(name = "cart_id"))
    @OrderColumn(name = "position")
    public List<Item> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** One line: a variant, how many, and the unit price the shopper last saw. */
    @Embeddable
    public static class Item {
        @Column(nullable = false)
        public String sku;

        @Column(nullable = false)
        public int quantity;

        @Column(name = "unit_price_minor", nullable = false)
        public long unitPriceMinor;

        public Item() {
        }

        public Item(String sku, int quantity, long unitPriceMinor) {
            this.sku = sku;
            this.quantity = quantity;
            this.unitPriceMinor = unitPriceMinor;
        }
    }

    public Optional<Item> item(String sku) {
        return items.stream().filter(i -> i.sku.equals(sku)).findFirst();
    }

    public List<UUID> conversationIds() {
        return conversations.isBlank() ? List.of() : java.util.Arrays.stream(conversations.split(",")).map(UUID::fromString).toList();
    }

    public void addConversation(UUID conversation) {
        if (conversation != null && !conversationIds().contains(conversation)) {
            conversations = conversations.isBlank() ? conversation.toString() : conversations + "," + conversation;
        }
    }
}
