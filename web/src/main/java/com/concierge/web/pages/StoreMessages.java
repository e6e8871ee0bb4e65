package com.concierge.web.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The storefront's words, in English. Another language is a file
 * {@code messages/msg_<language>.properties} with the same keys; the shopper's Accept-Language
 * picks it, and falls back to these.
 */
@MessageBundle(value = "msg", locale = "en")
public interface StoreMessages {

    @Message("en")
    String lang();

    @Message("Skip to content")
    String skip();

    @Message("Site")
    String nav_label();

    @Message("Assistant")
    String nav_assistant();

    @Message("Search")
    String nav_search();

    @Message("Cart")
    String nav_cart();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as")
    String signed_in();

    @Message("Recommendations explain themselves. Sponsored placements are always labelled.")
    String footer();

    @Message("What are you looking for?")
    String ask_heading();

    @Message("Describe what you need")
    String ask_label();

    @Message("Ask")
    String ask_button();

    @Message("Try")
    String examples();

    @Message("Start over")
    String start_over();

    @Message("You asked")
    String you_asked();

    @Message("What you asked for")
    String chips_heading();

    @Message("Remove")
    String remove();

    @Message("Change")
    String change();

    @Message("New value")
    String new_value();

    @Message("See every match in search")
    String see_in_search();

    @Message("Why this?")
    String why_this();

    @Message("Optimized for")
    String optimized_for();

    @Message("Meets what you asked")
    String meets();

    @Message("Also matches")
    String matched();

    @Message("Tradeoffs")
    String tradeoffs();

    @Message("Evidence")
    String evidence();

    @Message("Sponsored")
    String sponsored();

    @Message("Not sponsored: ranked on your constraints and the product data only.")
    String not_sponsored();

    @Message("Compare")
    String compare();

    @Message("Compare selected")
    String compare_selected();

    @Message("Add to cart")
    String add_to_cart();

    @Message("Nothing fits everything you asked. The smallest changes that find something:")
    String relaxations();

    @Message("Use this")
    String use_this();

    @Message("You could also ask")
    String follow_ups();

    @Message("Writing the answer…")
    String writing();

    @Message("Sources")
    String sources();

    @Message("reviews")
    String reviews();

    @Message("In stock")
    String in_stock();

    @Message("Out of stock")
    String out_of_stock();

    @Message("Quantity")
    String quantity();

    @Message("Specifications")
    String specs();

    @Message("Who it is for")
    String who_for();

    @Message("Who should pick something else")
    String who_not_for();

    @Message("What it does not do")
    String boundaries();

    @Message("Why shoppers pick it")
    String reasons();

    @Message("What reviewers say")
    String pros_cons();

    @Message("Pros")
    String pros();

    @Message("Cons")
    String cons();

    @Message("Questions and answers")
    String qa();

    @Message("Ask about this product")
    String ask_product();

    @Message("Your question")
    String your_question();

    @Message("Returns, warranty and shipping")
    String policies();

    @Message("Returns")
    String returns();

    @Message("Warranty")
    String warranty();

    @Message("Shipping")
    String shipping();

    @Message("Works with")
    String compatibility();

    @Message("Reviews")
    String review_list();

    @Message("Variant")
    String variant();

    @Message("Show")
    String show();

    @Message("Your cart")
    String cart_heading();

    @Message("Your cart is empty. Ask the assistant or search to find something.")
    String cart_empty();

    @Message("Update")
    String update();

    @Message("Ship to")
    String ship_to();

    @Message("Shipping option")
    String shipping_option();

    @Message("Discount code")
    String discount_code();

    @Message("Apply")
    String apply();

    @Message("Subtotal")
    String subtotal();

    @Message("Discount")
    String discount();

    @Message("Tax")
    String tax();

    @Message("Total")
    String total();

    @Message("Shipping and tax are added once you say where the order goes.")
    String totals_incomplete();

    @Message("Check out")
    String check_out();

    @Message("Checkout")
    String checkout_heading();

    @Message("Email for the confirmation")
    String email();

    @Message("Card number")
    String card_number();

    @Message("Expiry (MM/YY)")
    String card_expiry();

    @Message("Security code")
    String card_cvc();

    @Message("Place order")
    String place_order();

    @Message("Thank you! Your order is placed.")
    String confirmation_heading();

    @Message("Order number")
    String order_number();

    @Message("Orders")
    String nav_orders();

    @Message("Your orders")
    String orders_heading();

    @Message("Help me decide")
    String help_decide();

    @Message("Back to the conversation")
    String back_to_conversation();

    @Message("Ask again with these filters")
    String use_filters();

    @Message("The price, rating, brand and attribute filters you chose here replace the conversation's; preferences stay.")
    String use_filters_hint();

    @Message("Filter")
    String filters();

    @Message("Sort by")
    String sort_by();

    @Message("Previous page")
    String previous();

    @Message("Next page")
    String next();

    @Message("Page {number} of {pages}")
    String page_of(int number, int pages);
}
