package com.concierge.web.pages;

import com.concierge.assistant.api.Assistant;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * "Sign in" on any storefront page: Keycloak's login (this path requires authentication), then back
 * to the page the shopper was on, with the conversation in its URL. What the browser did as a guest
 * comes along: the conversations started with its guest capability become the shopper's, and the
 * guest cart's lines and conversations move into the shopper's cart.
 */
@Path("/signin")
public class SignInPage {

    private final Checkout checkout;
    private final Assistant assistant;
    private final Shopper shopper;

    SignInPage(Checkout checkout, Assistant assistant, Shopper shopper) {
        this.checkout = checkout;
        this.assistant = assistant;
        this.shopper = shopper;
    }

    @GET
    public Response signIn(@QueryParam("then") String then) {
        assistant.claim(shopper.caller());
        shopper.guestCart().ifPresent(guest -> {
            try {
                checkout.mergeGuestCart(guest, shopper.owner());
            } catch (CheckoutException e) {
                // already merged, ordered or gone: nothing to bring along
            }
            shopper.forgetGuestCart();
        });
        return Pages.seeOther(then);
    }
}
