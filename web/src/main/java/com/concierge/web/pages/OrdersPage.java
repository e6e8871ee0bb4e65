package com.concierge.web.pages;

import com.concierge.catalog.api.CompatibilityGraph;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.checkout.api.Checkout;
import com.concierge.checkout.api.CheckoutException;
import com.concierge.checkout.api.Order;
import com.concierge.kernel.Money;
import com.concierge.postpurchase.api.ReturnCase;
import com.concierge.postpurchase.api.ReturnException;
import com.concierge.postpurchase.api.ReturnOptions;
import com.concierge.postpurchase.api.ReturnReason;
import com.concierge.postpurchase.api.ReturnRequest;
import com.concierge.postpurchase.api.Returns;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The shopper's orders (docs/postpurchase.md#the-shoppers-pages): a signed-in shopper's list, a guest
 * order found by its number and e-mail, and the order page with where the order is, its returns and a
 * form to return what may still go back. A shopper only ever reaches their own orders; a guest order
 * by its unguessable id. Works without JavaScript: every form posts and the page answers.
 */
@Path("/orders")
public class OrdersPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /** A step of an order or a return, as the page lists it. */
    public record Step(String when, String what, String note) {
    }

    /** One line of the return form: what may still go back and how many are chosen. */
    public record FormLine(String sku, String title, int returnable, boolean allowed, String why, int chosen, Money unitPrice) {
        public List<Integer> choices() {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i <= returnable; i++) {
                all.add(i);
            }
            return all;
        }
    }

    /** A reason as the form offers it. */
    public record Reason(String code, String label, boolean chosen) {
    }

    /** A return as the page shows it. */
    public record ReturnRow(ReturnCase ret, String status, List<Step> steps) {
    }

    /** The return form as the shopper filled it (or fresh), with a key that makes a double submit one return. */
    public record ReturnForm(String key, List<FormLine> lines, List<Reason> reasons, boolean opened, String comment, boolean any) {
    }

    public record OrderView(Order order, String status, List<Step> timeline, List<ReturnRow> returns, ReturnForm form, String why,
                            String problem, String notice, List<Accessory> accessories, List<GuideGroup> guides,
                            List<ReminderRow> reminders, String reminderProblem) {
    }

    /** A consumable line with its reminder's days as the page shows them (UTC dates). */
    public record ReminderRow(com.concierge.postpurchase.api.ReminderOffer offer, String dueOn, String sentOn) {
    }

    /** The setup guides and troubleshooting trees of one product bought (docs/postpurchase.md#setup-and-troubleshooting). */
    public record GuideGroup(String title, List<com.concierge.catalog.api.guides.Guide> guides) {
    }

    /** Something the catalog says fits or goes with an item of the order, and which item. */
    public record Accessory(UUID product, String title, String fits, String note) {
    }

    public record Lookup(String number, String email, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance orders(List<Order> orders, boolean signedIn, Lookup lookup);

        static native TemplateInstance order(OrderView view);
    }

    private final Checkout checkout;
    private final Returns returns;
    private final CompatibilityGraph compatibility;
    private final Shopper shopper;
    private final com.concierge.catalog.api.ProductGuides guides;
    private final com.concierge.postpurchase.api.Reminders reminders;

    OrdersPage(Checkout checkout, Returns returns, CompatibilityGraph compatibility, Shopper shopper, com.concierge.catalog.api.ProductGuides guides,
               com.concierge.postpurchase.api.Reminders reminders) {
        this.guides = guides;
        this.reminders = reminders;
        this.compatibility = compatibility;
        this.checkout = checkout;
        this.returns = returns;
        this.shopper = shopper;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response orders() {
        List<Order> mine = shopper.signedIn() ? checkout.orders(shopper.owner(), 50) : List.of();
        return html(200, Templates.orders(mine, shopper.signedIn(), new Lookup("", "", null)));
    }

    /** A guest order by its number and the e-mail it was placed with; a signed-in shopper's orders are never found this way. */
    @POST
    @Path("/find")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response find(@RestForm("number") String number, @RestForm("email") String email) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        String e = email == null ? "" : email.strip();
        if (n.isEmpty() || e.isEmpty()) {
            return html(400, Templates.orders(List.of(), shopper.signedIn(), new Lookup(n, e,
                    "Write the order number (CC-XXXX-XXXX, in your confirmation e-mail) and the e-mail address you ordered with.")));
        }
        Optional<Order> found = checkout.orderByNumber(n).filter(o -> o.owner() == null && o.email().equalsIgnoreCase(e));
        if (found.isEmpty()) {
            return html(404, Templates.orders(List.of(), shopper.signedIn(), new Lookup(n, e,
                    "No guest order has that number and e-mail address. An order placed while signed in is under Orders once you sign in.")));
        }
        return Pages.seeOther("/orders/" + found.get().id());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response order(@PathParam("id") String id, @QueryParam("returned") String returned) {
        return html(200, Templates.order(view(visible(id), null, null, returned)));
    }

    /** The return form: each line's quantity ({@code qty.<sku>}), a reason, opened or not, a comment. */
    @POST
    @Path("/{id}/returns")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response requestReturn(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Order order = visible(id);
        Map<String, Integer> chosen = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            if (field.getKey().startsWith("qty.") && !field.getValue().isEmpty()) {
                int quantity = quantity(field.getValue().get(0));
                if (quantity > 0) {
                    chosen.put(field.getKey().substring(4), quantity);
                }
            }
        }
        List<ReturnRequest.Line> lines = chosen.entrySet().stream().map(e -> new ReturnRequest.Line(e.getKey(), e.getValue())).toList();
        String key = fields.getFirst("key");
        ReturnRequest request = new ReturnRequest(lines, fields.getFirst("reason"), fields.getFirst("comment"), fields.getFirst("opened") != null);
        Sent sent = new Sent(key == null || key.isBlank() ? UUID.randomUUID().toString() : key, chosen, request.reason(), request.opened(),
                request.comment() == null ? "" : request.comment());
        if (lines.isEmpty()) {
            return html(400, Templates.order(view(order, sent, "Choose how many of which item to return.", null)));
        }
        try {
            ReturnCase created = returns.request(sent.key(), shopper.owner(), order.id(), request);
            return Pages.seeOther("/orders/" + order.id() + "?returned=" + created.number());
        } catch (ReturnException e) {
            return html(e.kind().status(), Templates.order(view(order, sent, e.getMessage(), null)));
        }
    }

    /** Asks for a reminder to reorder one consumable line ({@code sku}); asked again, the same one. */
    @POST
    @Path("/{id}/reminders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response remind(@PathParam("id") String id, @org.jboss.resteasy.reactive.RestForm("sku") String sku) {
        Order order = visible(id);
        try {
            reminders.remind(order.id(), shopper.owner(), sku == null ? "" : sku.strip());
            return Pages.seeOther("/orders/" + order.id() + "#reminders");
        } catch (IllegalArgumentException e) {
            OrderView view = view(order, null, null, null);
            return html(422, Templates.order(withReminderProblem(view, Pages.capitalised(e.getMessage()) + ".")));
        }
    }

    @POST
    @Path("/{id}/reminders/{reminder}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response cancelReminder(@PathParam("id") String id, @PathParam("reminder") String reminder) {
        Order order = visible(id);
        reminders.cancel(Pages.uuid(reminder).orElseThrow(() -> new NoSuchElementException("There is no such reminder.")), shopper.owner());
        return Pages.seeOther("/orders/" + order.id() + "#reminders");
    }

    private static OrderView withReminderProblem(OrderView v, String problem) {
        return new OrderView(v.order(), v.status(), v.timeline(), v.returns(), v.form(), v.why(), v.problem(), v.notice(), v.accessories(), v.guides(),
                v.reminders(), problem);
    }

    /** The return form as it was sent, so the page that says what to fix keeps it. */
    private record Sent(String key, Map<String, Integer> chosen, String reason, boolean opened, String comment) {
    }

    private Order visible(String id) {
        UUID order = Pages.uuid(id).orElseThrow(() -> new NoSuchElementException("There is no such order."));
        try {
            return checkout.order(order, shopper.owner());
        } catch (CheckoutException e) {
            throw new NoSuchElementException("There is no such order.");
        }
    }

    /** The order page; {@code returned} is the number of a return just asked for, named only when it is one of this order's. */
    private OrderView view(Order order, Sent sent, String problem, String returned) {
        ReturnOptions options = returns.options(order.id(), shopper.owner(), false);
        List<ReturnRow> rows = returns.forOrder(order.id(), shopper.owner()).stream()
                .map(r -> new ReturnRow(r, words(r.status().name()), r.history().stream()
                        .map(c -> new Step(WHEN.format(c.at()), words(c.status().name()), c.note())).toList()))
                .toList();
        List<FormLine> lines = options.lines().stream().map(l -> new FormLine(l.sku(), l.title(), l.returnable(), l.allowed(), l.why(),
                sent == null ? 0 : sent.chosen().getOrDefault(l.sku(), 0), l.unitPrice())).toList();
        ReturnReason parsed = sent == null ? null : ReturnReason.parse(sent.reason());
        String reason = parsed == null ? null : parsed.code();
        List<Reason> reasons = Arrays.stream(ReturnReason.values()).map(r -> new Reason(r.code(), r.label(), r.code().equals(reason))).toList();
        ReturnForm form = new ReturnForm(sent == null ? UUID.randomUUID().toString() : sent.key(), lines, reasons,
                sent != null && sent.opened(), sent == null ? "" : sent.comment(), lines.stream().anyMatch(FormLine::allowed));
        List<Step> timeline = order.history().stream().map(c -> new Step(WHEN.format(c.at()), c.note() != null && c.note().startsWith("partial refund")
                ? "Refunded in part" : words(c.status().word()), c.note())).toList();
        // only a return of this order is named: a link cannot make the page say anything else
        String notice = rows.stream().anyMatch(r -> r.ret().number().equals(returned))
                ? "Return " + returned + " is asked for; its steps are below, as the store takes them." : null;
        return new OrderView(order, words(order.status().word()), timeline, rows, form, options.why(), problem, notice,
                accessories(order), guides(order), reminders.offers(order.id(), shopper.owner()).stream().map(r -> new ReminderRow(r,
                        r.reminder() == null ? null : DAY.format(r.reminder().dueAt()),
                        r.reminder() == null || r.reminder().sentAt() == null ? null : DAY.format(r.reminder().sentAt()))).toList(), null);
    }

    /** Each product's guides, setup before troubleshooting; a product gone from the catalog has none. */
    private List<GuideGroup> guides(Order order) {
        Map<UUID, GuideGroup> groups = new java.util.LinkedHashMap<>();
        for (Order.Line line : order.lines()) {
            if (groups.containsKey(line.product())) {
                continue;
            }
            try {
                List<com.concierge.catalog.api.guides.Guide> found = guides.guidesFor(line.product()).stream()
                        .sorted(java.util.Comparator.comparing(com.concierge.catalog.api.guides.Guide::kind)).toList();
                if (!found.isEmpty()) {
                    groups.put(line.product(), new GuideGroup(line.title(), found));
                }
            } catch (NoSuchElementException gone) {
                // the product left the catalog: nothing to show for it
            }
        }
        return List.copyOf(groups.values());
    }

    /**
     * What the compatibility graph says fits or is an accessory of the order's items (for the variant
     * bought), never something the order already has, at most six: "fits your Vortex 1050".
     */
    private List<Accessory> accessories(Order order) {
        java.util.Set<UUID> bought = new java.util.HashSet<>();
        order.lines().forEach(l -> bought.add(l.product()));
        Map<UUID, Accessory> found = new java.util.LinkedHashMap<>();
        for (Order.Line line : order.lines()) {
            List<CompatibilityLink> links;
            try {
                links = compatibility.compatibility(line.product(), line.sku());
            } catch (IllegalArgumentException | NoSuchElementException e) {
                continue; // the product or its variant is gone from the catalog
            }
            for (CompatibilityLink link : links) {
                if (link.goesWithThis() && !bought.contains(link.other())) {
                    found.putIfAbsent(link.other(), new Accessory(link.other(), link.otherTitle(), line.title(), link.note()));
                }
            }
        }
        return found.values().stream().limit(6).toList();
    }

    private static String words(String name) {
        String w = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static int quantity(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Pages.localized(page, shopper)).build();
    }
}
