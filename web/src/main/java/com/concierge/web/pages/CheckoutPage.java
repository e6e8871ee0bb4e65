package com.concierge.web.pages;

import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.Order;
import com.concierge.checkout.api.OrderOutcome;
import com.concierge.checkout.api.PlaceOrder;
import com.concierge.checkout.api.payments.TestCards;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Checkout and the order confirmation. A guest checks out with an e-mail address; a signed-in
 * shopper too, their order then also appears in their history. The form carries an idempotency key
 * made when the page was drawn, so a double click or a resent form places one order, and the cart
 * version the shopper saw, so a cart that changed meanwhile is shown again instead of charged.
 */
@Path("/checkout")
public class CheckoutPage {

    /** What the form was given, echoed back on a problem (never the card number). */
    public record Form(String email, String key) {
    }

    public record CheckoutView(Cart cart, List<String> regions, Form form, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkout(CheckoutView view);

        static native TemplateInstance confirmation(Order order);
    }

    private final Checkout checkout;
    private final TestCards cards;
    private final CartPage carts;
    private final Shopper shopper;
    private final List<String> regions;

    CheckoutPage(Checkout checkout, TestCards cards, CartPage carts, Shopper shopper,
                 @ConfigProperty(name = "cc.storefront.regions") List<String> regions) {
        this.checkout = checkout;
        this.cards = cards;
        this.carts = carts;
        this.shopper = shopper;
        this.regions = List.copyOf(regions);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        Optional<Cart> cart = carts.current();
        if (cart.isEmpty() || cart.get().lines().isEmpty()) {
            return Pages.seeOther("/cart");
        }
        return page(200, cart.get(), new Form("", UUID.randomUUID().toString()), null);
    }

    /** "Check out" on the cart page: holds the stock while the shopper fills in the form. */
    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start() {
        Optional<Cart> cart = carts.current();
        if (cart.isEmpty()) {
            return Pages.seeOther("/cart");
        }
        try {
            checkout.startCheckout(cart.get().id(), shopper.owner());
            return Pages.seeOther("/checkout");
        } catch (CheckoutException e) {
            return page(e.kind().status(), cart.get(), new Form("", UUID.randomUUID().toString()), e.getMessage());
        }
    }

    @POST
    @Path("/place")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response place(@RestForm("key") String key, @RestForm("version") String version, @RestForm("email") String email,
                          @RestForm("card") String card, @RestForm("exp") String exp, @RestForm("cvc") String cvc) {
        Optional<Cart> cart = carts.current();
        if (cart.isEmpty()) {
            return Pages.seeOther("/cart");
        }
        String address = email == null ? "" : email.strip();
        Form form = new Form(address, Pages.uuid(key).map(UUID::toString).orElse(UUID.randomUUID().toString()));
        long seen;
        try {
            seen = Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            return page(400, cart.get(), form, "The form is incomplete; please look over your order and place it again.");
        }
        String token;
        try {
            int[] expiry = expiry(exp);
            token = cards.tokenize(card == null ? "" : card.replaceAll("[\\s-]", ""), expiry[0], expiry[1], cvc == null ? "" : cvc.strip());
        } catch (IllegalArgumentException e) {
            return page(400, cart.get(), form, e.getMessage());
        } catch (CheckoutException e) {
            return page(e.kind().status(), cart.get(), form, "This store cannot take card payments right now, so nothing was charged. "
                    + "Your cart is kept; please try again later.");
        }
        OrderOutcome outcome;
        try {
            outcome = checkout.placeOrder(form.key(), shopper.owner(), new PlaceOrder(cart.get().id(), seen, address, token));
        } catch (CheckoutException e) {
            return page(e.kind().status(), carts.current().orElse(cart.get()), fresh(form, e.kind()), e.getMessage());
        }
        if (outcome.order() == null) {
            OrderOutcome.Refusal refusal = outcome.refusal();
            return page(refusal.kind().status(), carts.current().orElse(cart.get()), fresh(form, refusal.kind()), refusal.detail());
        }
        if (!shopper.signedIn()) {
            shopper.forgetGuestCart();
        }
        return Pages.seeOther("/checkout/orders/" + outcome.order().id());
    }

    /** The confirmation: a guest reaches it by the order's unguessable id, a shopper only for their own orders. */
    @GET
    @Path("/orders/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmation(@PathParam("id") String id) {
        Optional<UUID> order = Pages.uuid(id);
        if (order.isEmpty()) {
            throw new java.util.NoSuchElementException("There is no such order.");
        }
        try {
            return Response.ok(Pages.localized(Templates.confirmation(checkout.order(order.get(), shopper.owner())), shopper))
                    .type(MediaType.TEXT_HTML_TYPE).build();
        } catch (CheckoutException e) {
            throw new java.util.NoSuchElementException("There is no such order.");
        }
    }

    /** A refusal the shopper fixes and sends again is a new attempt: it gets a new key (the old one keeps its answer). */
    private static Form fresh(Form form, CheckoutException.Kind kind) {
        return kind == CheckoutException.Kind.REQUEST_IN_PROGRESS ? form : new Form(form.email(), UUID.randomUUID().toString());
    }

    /** "12/30", "12/2030" or "12 / 30": month and four-digit year. */
    private static int[] expiry(String text) {
        String value = text == null ? "" : text.replace(" ", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{2}|\\d{4})").matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("Write the card's expiry date as MM/YY, for example 12/30.");
        }
        int year = Integer.parseInt(m.group(2));
        return new int[] {Integer.parseInt(m.group(1)), year < 100 ? 2000 + year : year};
    }

    private Response page(int status, Cart cart, Form form, String problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Pages.localized(Templates.checkout(new CheckoutView(cart, regions, form, problem)), shopper)).build();
    }
}
