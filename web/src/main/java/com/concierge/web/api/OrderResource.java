package com.concierge.web.api;

import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.Order;
import com.concierge.checkout.api.OrderOutcome;
import com.concierge.checkout.api.PlaceOrder;
import com.concierge.checkout.api.payments.TestCards;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Orders: placement with an {@code Idempotency-Key} (Stripe's semantics; a replay carries
 * {@code Idempotent-Replayed: true}), reading, cancelling, completing a payment that needed the
 * shopper's action, and the test provider's card tokens.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
public class OrderResource {

    /** Card details for the test provider; {@link #toString()} never shows them. */
    public record CardDetails(String number, Integer expMonth, Integer expYear, String cvc) {
        @Override
        public String toString() {
            return "CardDetails[hidden]";
        }
    }

    public record CardToken(String token) {
    }

    public record CancelRequest(String reason) {
    }

    private final Checkout checkout;
    private final SecurityIdentity identity;
    private final Instance<TestCards> testCards;

    OrderResource(Checkout checkout, SecurityIdentity identity, Instance<TestCards> testCards) {
        this.checkout = checkout;
        this.identity = identity;
        this.testCards = testCards;
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order for a cart (Idempotency-Key required)")
    public Response place(@Parameter(description = "a new random key per order attempt; a retry sends the same key and body")
                          @HeaderParam("Idempotency-Key") String key, PlaceOrder request, @Context UriInfo uri) {
        OrderOutcome outcome = checkout.placeOrder(key, Shoppers.owner(identity), request);
        Response.ResponseBuilder response;
        if (outcome.refusal() != null) {
            Response problem = ProblemMappers.checkoutProblem(outcome.refusal().kind(), outcome.refusal().detail());
            response = Response.fromResponse(problem);
        } else {
            response = Response.created(uri.getBaseUriBuilder().path("api/orders").path(outcome.order().id().toString()).build())
                    .entity(outcome.order());
        }
        return response.header("Idempotent-Replayed", outcome.replayed() ? "true" : null).build();
    }

    @GET
    @Path("/orders")
    @Authenticated
    @Operation(summary = "The signed-in shopper's orders, newest first")
    public List<Order> mine(@QueryParam("limit") @DefaultValue("20") int limit) {
        return checkout.orders(Shoppers.owner(identity), limit);
    }

    @GET
    @Path("/orders/{id}")
    @Operation(summary = "One order")
    public Order order(@PathParam("id") UUID id) {
        return checkout.order(id, Shoppers.owner(identity));
    }

    @POST
    @Path("/orders/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a placed or paid order (a paid one is refunded in full)")
    public Order cancel(@PathParam("id") UUID id, CancelRequest request) {
        return checkout.cancel(id, Shoppers.owner(identity), request == null ? null : request.reason());
    }

    @POST
    @Path("/orders/{id}/payment/confirm")
    @Operation(summary = "Complete a payment that required the shopper's action (3-D Secure)")
    public Order confirm(@PathParam("id") UUID id) {
        return checkout.confirmPayment(id, Shoppers.owner(identity));
    }

    @POST
    @Path("/test-payments/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The test provider's card form: a payment token for a test card (docs/checkout.md)")
    public CardToken token(CardDetails card) {
        if (!testCards.isResolvable()) {
            throw new CheckoutException(CheckoutException.Kind.INVALID_REQUEST, "the test payment provider is not in use");
        }
        if (card == null || card.expMonth() == null || card.expYear() == null) {
            throw new CheckoutException(CheckoutException.Kind.INVALID_REQUEST, "send {\"number\", \"expMonth\", \"expYear\", \"cvc\"}");
        }
        return new CardToken(testCards.get().tokenize(card.number(), card.expMonth(), card.expYear(), card.cvc()));
    }
}
