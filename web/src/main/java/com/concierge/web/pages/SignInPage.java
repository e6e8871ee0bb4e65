package com.concierge.web.pages;

import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * "Sign in" on any storefront page: Keycloak's login (this path requires authentication), then back
 * to the page the shopper was on, with the conversation in its URL. A guest cart comes along: its
 * lines and conversations move into the shopper's cart.
 */
@Path("/signin")
public class SignInPage {

    private final Checkout checkout;
    private final Shopper shopper;

    SignInPage(Checkout checkout, Shopper shopper) {
        this.checkout = checkout;
        this.shopper = shopper;
    }

    @GET
    public Response signIn(@QueryParam("then") String then) {
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
