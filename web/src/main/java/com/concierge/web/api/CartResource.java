package com.concierge.web.api;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Conversation;
import com.concierge.checkout.api.Cart;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.Reservation;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Carts for guests (reached by their id) and signed-in shoppers (bearer token; a guest cart merges
 * into theirs). Every answer is the cart as it is now: current prices, availability, warnings,
 * shipping options and totals (docs/checkout.md).
 */
@Path("/api/carts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
public class CartResource {

    public record NewCart(UUID conversation) {
    }

    /** {@code conversation}: the assistant conversation the item was found in, if any. */
    public record AddItem(String sku, Integer quantity, UUID conversation) {
    }

    public record Quantity(Integer quantity) {
    }

    public record DiscountCode(String code) {
    }

    /** {@code option}: a shipping option id; empty picks the cheapest. */
    public record Destination(String region, String option) {
    }

    private final Checkout checkout;
    private final Assistant assistant;
    private final SecurityIdentity identity;

    CartResource(Checkout checkout, Assistant assistant, SecurityIdentity identity) {
        this.checkout = checkout;
        this.assistant = assistant;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Open a cart: a new guest cart, or the signed-in shopper's active cart", description = "A conversation named "
            + "must be the caller's: a guest sends its Conversation-Token header; another one is 404.")
    public Response open(NewCart request, @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token, @Context UriInfo uri) {
        Cart cart = checkout.openCart(owner(), yours(request == null ? null : request.conversation(), token));
        return Response.created(uri.getAbsolutePathBuilder().path(cart.id().toString()).build()).entity(cart).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The cart as it is now")
    public Cart cart(@PathParam("id") UUID id) {
        return checkout.cart(id, owner());
    }

    @POST
    @Path("/{id}/items")
    @Operation(summary = "Add units of a variant", description = "The line is attributed to the conversation it names, which must be "
            + "the caller's: a guest sends its Conversation-Token header; another one is 404.")
    public Cart add(@PathParam("id") UUID id, @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token, AddItem request) {
        if (request == null || request.sku() == null) {
            throw new CheckoutException(CheckoutException.Kind.INVALID_REQUEST, "send {\"sku\": \"...\", \"quantity\": 1}");
        }
        return checkout.addItem(id, owner(), request.sku(), request.quantity() == null ? 1 : request.quantity(),
                yours(request.conversation(), token));
    }

    @PUT
    @Path("/{id}/items/{sku}")
    @Operation(summary = "Set a line's quantity (0 removes it)")
    public Cart quantity(@PathParam("id") UUID id, @PathParam("sku") String sku, Quantity request) {
        if (request == null || request.quantity() == null) {
            throw new CheckoutException(CheckoutException.Kind.INVALID_REQUEST, "send {\"quantity\": n}");
        }
        return checkout.setQuantity(id, owner(), sku, request.quantity());
    }

    @DELETE
    @Path("/{id}/items/{sku}")
    @Operation(summary = "Remove a line")
    public Cart remove(@PathParam("id") UUID id, @PathParam("sku") String sku) {
        return checkout.setQuantity(id, owner(), sku, 0);
    }

    @PUT
    @Path("/{id}/discount")
    @Operation(summary = "Apply a discount code")
    public Cart discount(@PathParam("id") UUID id, DiscountCode request) {
        return checkout.applyDiscount(id, owner(), request == null ? null : request.code());
    }

    @DELETE
    @Path("/{id}/discount")
    @Operation(summary = "Remove the discount code")
    public Cart noDiscount(@PathParam("id") UUID id) {
        return checkout.removeDiscount(id, owner());
    }

    @PUT
    @Path("/{id}/shipping")
    @Operation(summary = "Where the cart ships and how")
    public Cart shipping(@PathParam("id") UUID id, Destination request) {
        if (request == null) {
            throw new CheckoutException(CheckoutException.Kind.INVALID_REQUEST, "send {\"region\": \"US\", \"option\": \"standard\"}");
        }
        String option = request.option() == null || request.option().isBlank() ? null : request.option().strip();
        return checkout.shipTo(id, owner(), request.region(), option);
    }

    @POST
    @Path("/{id}/merge")
    @Authenticated
    @Operation(summary = "Move a guest cart into the signed-in shopper's cart")
    public Cart merge(@PathParam("id") UUID id) {
        return checkout.mergeGuestCart(id, owner());
    }

    @POST
    @Path("/{id}/checkout")
    @Operation(summary = "Hold the cart's stock while the shopper pays")
    public Reservation startCheckout(@PathParam("id") UUID id) {
        return checkout.startCheckout(id, owner());
    }

    @DELETE
    @Path("/{id}/checkout")
    @Operation(summary = "Give the held stock back")
    public Response cancelCheckout(@PathParam("id") UUID id) {
        checkout.cancelCheckout(id, owner());
        return Response.noContent().build();
    }

    private String owner() {
        return Shoppers.owner(identity);
    }

    /** The conversation named, when it is the caller's; naming someone else's is the same 404 as naming none that exists. */
    private UUID yours(UUID conversation, String token) {
        if (conversation == null) {
            return null;
        }
        return assistant.conversation(conversation, Shoppers.caller(identity, token)).map(Conversation::id)
                .orElseThrow(() -> new NoSuchElementException("no conversation " + conversation));
    }
}
