package com.concierge.measurement.api;

import java.util.List;

/**
 * Everything measurement holds about one signed-in shopper: their conversations (as linked to
 * them by a cart or an order they made while signed in), every add to cart and every order.
 */
public record ShopperHistory(String shopper, List<IntentRecord> conversations, List<IntentRecord.CartAdd> cartAdds,
                             List<IntentRecord.Order> orders) {

    public ShopperHistory {
        conversations = List.copyOf(conversations);
        cartAdds = List.copyOf(cartAdds);
        orders = List.copyOf(orders);
    }

    public boolean isEmpty() {
        return conversations.isEmpty() && cartAdds.isEmpty() && orders.isEmpty();
    }
}
