package com.concierge.web.api;

import com.concierge.web.security.Changes;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.Discount;
import com.concierge.kernel.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Discount codes, as data a merchandiser edits. */
@Path("/api/admin/discounts")
@RolesAllowed("merchandiser")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout admin")
public class AdminDiscountResource {

    /** {@code value}: percent for PERCENT, a decimal amount ("10.00") for AMOUNT; {@code minSpend} a decimal in {@code currency}. */
    public record DiscountRequest(String kind, String value, String currency, String category, String minSpend,
                                  LocalDate startsOn, LocalDate endsOn,
                                  @NotNull(message = "is required: say whether the code is live (true) or kept off (false)") Boolean active) {
    }

    private final Checkout checkout;
    private final Changes changes;

    AdminDiscountResource(Checkout checkout, Changes changes) {
        this.checkout = checkout;
        this.changes = changes;
    }

    private java.util.Optional<Discount> find(String code) {
        return checkout.discounts().stream().filter(discount -> discount.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    @GET
    public List<Discount> all() {
        return checkout.discounts();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Discount put(@PathParam("code") String code, @Valid DiscountRequest request) {
        if (request == null || request.kind() == null || request.value() == null) {
            throw new IllegalArgumentException("send {\"kind\": \"PERCENT\", \"value\": \"10\"} or {\"kind\": \"AMOUNT\", \"value\": \"5.00\", \"currency\": \"USD\"}");
        }
        Discount.Kind kind;
        try {
            kind = Discount.Kind.valueOf(request.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be PERCENT or AMOUNT, was '" + request.kind() + "'");
        }
        long value;
        if (kind == Discount.Kind.AMOUNT) {
            value = Money.parse(request.value(), request.currency()).minorUnits();
        } else {
            try {
                value = Long.parseLong(request.value().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a percentage is a whole number, was '" + request.value() + "'");
            }
        }
        Money minSpend = request.minSpend() == null ? null : Money.parse(request.minSpend(), request.currency() == null ? "USD" : request.currency());
        Discount discount = new Discount(code, kind, value, request.currency(), request.category(), minSpend, request.startsOn(),
                request.endsOn(), request.active());
        return changes.record("put", "discount", code, () -> find(code), () -> checkout.putDiscount(discount));
    }

    @DELETE
    @Path("/{code}")
    public Response delete(@PathParam("code") String code) {
        changes.record("delete", "discount", code, () -> find(code), () -> {
            if (!checkout.deleteDiscount(code)) {
                throw new NoSuchElementException("no discount code '" + code + "'");
            }
        });
        return Response.noContent().build();
    }
}
