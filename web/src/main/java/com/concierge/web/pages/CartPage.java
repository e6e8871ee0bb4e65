package com.concierge.web.pages;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Conversation;
import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The cart: lines with quantities, where it ships and how, a discount code, totals, and what needs
 * the shopper's attention (stock, compatibility, shipping). A guest's cart is remembered in a
 * cookie; a signed-in shopper's cart is theirs wherever they sign in.
 */
@Path("/cart")
public class CartPage {

    /** The cart page, or {@code cart} null when this browser has none yet. */
    public record CartView(Cart cart, List<String> regions, String problem, String notice) {
        public boolean empty() {
            return cart == null || cart.lines().isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cart(CartView view);

        /** htmx: the add-to-cart button's answer, with the header's cart count out of band. */
        static native TemplateInstance added(Cart cart, String title);
    }

    private final Checkout checkout;
    private final Assistant assistant;
    private final Shopper shopper;
    private final List<String> regions;

    CartPage(Checkout checkout, Assistant assistant, Shopper shopper, @ConfigProperty(name = "cc.storefront.regions") List<String> regions) {
        this.checkout = checkout;
        this.assistant = assistant;
        this.shopper = shopper;
        this.regions = List.copyOf(regions);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response cart() {
        return page(200, current().orElse(null), null, null);
    }

    /**
     * Adds units of a variant; {@code c} is the conversation the product came from (orders are
     * attributed through it). A conversation that is not this shopper's is not named on the line.
     */
    @POST
    @Path("/add")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response add(@RestForm("sku") String sku, @RestForm("quantity") String quantity, @RestForm("c") String c) {
        UUID conversation = Pages.conversation(assistant, c, shopper).map(Conversation::id).orElse(null);
        Cart cart = current().orElseGet(() -> open(conversation));
        try {
            Cart after = checkout.addItem(cart.id(), shopper.owner(), sku == null ? "" : sku.strip(), quantity(quantity), conversation);
            if (shopper.wantsFragment()) {
                String title = after.lines().stream().filter(l -> l.sku().equals(sku.strip())).findFirst().map(Cart.Line::title).orElse(sku);
                return Response.ok(Pages.localized(Templates.added(after, title), shopper)).build();
            }
            return Pages.seeOther("/cart");
        } catch (CheckoutException e) {
            return refused(cart, e);
        }
    }

    @POST
    @Path("/update")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@RestForm("sku") String sku, @RestForm("quantity") String quantity, @RestForm("remove") String remove) {
        return onCart(cart -> {
            checkout.setQuantity(cart.id(), shopper.owner(), sku, remove != null ? 0 : quantity(quantity));
            return Pages.seeOther("/cart");
        });
    }

    /** Where the cart ships and how; {@code then} is the page to go back to (the cart or checkout). */
    @POST
    @Path("/ship")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response ship(@RestForm("region") String region, @RestForm("option") String option, @RestForm("then") String then) {
        return onCart(cart -> {
            // a new region offers other options: the old choice only stands when the region stays
            String chosen = option == null || option.isBlank() || !java.util.Objects.equals(cart.region(), region) ? null : option;
            checkout.shipTo(cart.id(), shopper.owner(), region, chosen);
            return Pages.seeOther("/checkout".equals(then) ? "/checkout" : "/cart");
        });
    }

    @POST
    @Path("/discount")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response discount(@RestForm("code") String code, @RestForm("remove") String remove) {
        return onCart(cart -> {
            if (remove != null) {
                checkout.removeDiscount(cart.id(), shopper.owner());
            } else {
                checkout.applyDiscount(cart.id(), shopper.owner(), code == null ? "" : code.strip());
            }
            return Pages.seeOther("/cart");
        });
    }

    /** A change to this browser's cart: none yet is the empty cart page, a refusal the cart page with its message. */
    private Response onCart(java.util.function.Function<Cart, Response> change) {
        Optional<Cart> cart = current();
        if (cart.isEmpty()) {
            return Pages.seeOther("/cart");
        }
        try {
            return change.apply(cart.get());
        } catch (CheckoutException e) {
            return refused(cart.get(), e);
        }
    }

    /** This browser's cart: the signed-in shopper's, or the guest cart in the cookie (while it is still open). */
    Optional<Cart> current() {
        if (shopper.signedIn()) {
            return Optional.of(checkout.openCart(shopper.owner(), null));
        }
        return shopper.guestCart().flatMap(id -> {
            try {
                Cart cart = checkout.cart(id, null);
                return cart.status() == Cart.Status.ACTIVE ? Optional.of(cart) : Optional.empty();
            } catch (CheckoutException e) {
                return Optional.empty();
            }
        });
    }

    private Cart open(UUID conversation) {
        Cart cart = checkout.openCart(shopper.owner(), conversation);
        if (!shopper.signedIn()) {
            shopper.rememberGuestCart(cart.id());
        }
        return cart;
    }

    private Response refused(Cart cart, CheckoutException e) {
        Cart now = current().orElse(cart);
        return page(e.kind().status(), now, e.getMessage(), null);
    }

    private Response page(int status, Cart cart, String problem, String notice) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Pages.localized(Templates.cart(new CartView(cart, regions, problem, notice)), shopper)).build();
    }

    private static int quantity(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new CheckoutException(CheckoutException.Kind.INVALID_QUANTITY, "The quantity must be a whole number, not “" + text.strip() + "”.");
        }
    }
}
