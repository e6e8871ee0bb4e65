package com.concierge.web.pages;

import com.concierge.postpurchase.api.QualityTicket;
import com.concierge.postpurchase.api.ReturnCase;
import com.concierge.postpurchase.api.ReturnException;
import com.concierge.postpurchase.api.Returns;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Returns in the console (docs/postpurchase.md#staff-steps): the queue by status, oldest first, and
 * each return's next steps as buttons (approve, refuse with a reason the shopper reads, issue a
 * label, receive with whether the units can be sold again, refund, exchange). Merchandisers and ops
 * both work it; each step goes to the change log.
 */
@Path("/admin/returns")
@RolesAllowed({"merchandiser", "ops"})
public class AdminReturnsPage {

    /** The statuses staff still work: every one that is not final. */
    private static final java.util.Set<ReturnCase.Status> OPEN = java.util.EnumSet.copyOf(Arrays.stream(ReturnCase.Status.values())
            .filter(s -> !s.isFinal()).toList());

    /** A status filter as the page offers it. */
    public record Filter(String code, String label, boolean chosen) {
    }

    /** A return with the steps it can take now. */
    public record Row(ReturnCase ret, String status, boolean canApprove, boolean canRefuse, boolean canLabel, boolean canReceive,
                      boolean canSettle) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance returns(String user, String current, List<Filter> filters, List<Row> rows, List<QualityTicket> tickets,
                                               String notice, String problem);
    }

    private final SecurityIdentity identity;
    private final Returns returns;
    private final Changes changes;

    AdminReturnsPage(SecurityIdentity identity, Returns returns, Changes changes) {
        this.identity = identity;
        this.returns = returns;
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response queue(@QueryParam("status") String status, @QueryParam("done") String done) {
        return page(200, status, done, null);
    }

    /** One step: approve, refuse, label, receive, refund or exchange. */
    @POST
    @Path("/{id}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response step(@PathParam("id") String id, @PathParam("step") String step, @RestForm("status") String status,
                         @RestForm("reason") String reason, @RestForm("carrier") String carrier, @RestForm("tracking") String tracking,
                         @RestForm("resellable") String resellable) {
        String by = Identities.name(identity.getPrincipal());
        Map<String, Function<UUID, ReturnCase>> steps = Map.of(
                "approve", r -> returns.approve(r, by),
                "refuse", r -> returns.refuse(r, by, reason),
                "label", r -> returns.issueLabel(r, by, carrier, tracking),
                "receive", r -> returns.receive(r, by, "yes".equals(resellable)),
                "refund", r -> returns.refund(r, by),
                "exchange", r -> returns.exchange(r, by));
        Function<UUID, ReturnCase> action = steps.get(step);
        UUID subject = Pages.uuid(id).orElse(null);
        if (action == null || subject == null) {
            return page(404, status, null, "There is no such return or step.");
        }
        try {
            ReturnCase done = changes.record(step, "return", subject.toString(), () -> state(returns.returnCase(subject, Returns.STAFF)),
                    () -> action.apply(subject));
            ReturnCase.Status filter = ReturnCase.Status.parse(status);
            return Pages.seeOther("/admin/returns?status=" + (filter == null ? "" : filter.code()) + "&done=" + done.number() + "+"
                    + words(done.status().name()).replace(' ', '+'));
        } catch (ReturnException e) {
            return page(e.kind().status(), status, null, e.getMessage());
        } catch (com.concierge.checkout.api.CheckoutException e) {
            return page(e.kind().status(), status, null, e.getMessage());
        }
    }

    private static Map<String, Object> state(ReturnCase r) {
        return Map.of("number", r.number(), "status", r.status(), "refunded", r.refunded());
    }

    private Response page(int code, String status, String done, String problem) {
        ReturnCase.Status chosen = ReturnCase.Status.parse(status); // an unknown one shows the open returns
        List<ReturnCase> found = returns.queue(chosen == null ? OPEN : java.util.Set.of(chosen), 200);
        List<Row> rows = found.stream().map(r -> new Row(r, words(r.status().name()), r.status() == ReturnCase.Status.REQUESTED,
                r.status() == ReturnCase.Status.REQUESTED || r.status() == ReturnCase.Status.APPROVED, r.status() == ReturnCase.Status.APPROVED,
                r.status() == ReturnCase.Status.APPROVED || r.status() == ReturnCase.Status.LABEL_ISSUED,
                r.status() == ReturnCase.Status.RECEIVED)).toList();
        List<Filter> filters = new java.util.ArrayList<>();
        filters.add(new Filter("", "Open (not yet refunded, exchanged or refused)", chosen == null));
        Arrays.stream(ReturnCase.Status.values()).forEach(s -> filters.add(new Filter(s.code(), words(s.name()), s == chosen)));
        String notice = done == null || done.isBlank() ? null : "Return " + done.strip() + ".";
        return Response.status(code).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.returns(Identities.name(identity.getPrincipal()), chosen == null ? "" : chosen.code(), filters, rows,
                        returns.tickets(20), notice, problem))
                .build();
    }

    private static String words(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
