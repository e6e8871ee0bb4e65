package com.concierge.web.pages;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Comparison;
import com.concierge.assistant.api.Conversation;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Two to four products side by side on their normalized attributes, the shopper's priorities
 * first, with the assistant's verdict; from a conversation it offers "help me decide".
 */
@Path("/compare")
public class ComparePage {

    /** The table, each item with its page; or only a problem when the selection cannot be compared. */
    public record CompareView(Comparison comparison, List<ProductDetails> products, UUID conversation, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(CompareView view);
    }

    private final Assistant assistant;
    private final Catalog catalog;
    private final Shopper shopper;

    ComparePage(Assistant assistant, Catalog catalog, Shopper shopper) {
        this.assistant = assistant;
        this.catalog = catalog;
        this.shopper = shopper;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response compare(@QueryParam("p") List<String> ids, @QueryParam("c") String c, @QueryParam("from") String from) {
        Optional<Conversation> talk = Pages.conversation(assistant, c, shopper);
        Optional<UUID> conversation = talk.map(Conversation::id);
        List<UUID> products = new ArrayList<>();
        for (String id : ids) {
            Pages.uuid(id).filter(p -> !products.contains(p)).ifPresent(products::add);
        }
        if (products.size() < 2 || products.size() > 4) {
            return page(400, new CompareView(null, List.of(), conversation.orElse(null),
                    "Pick two to four products to compare (you picked " + products.size() + ")."));
        }
        if ("answer".equals(from) && conversation.isPresent()) {
            // counted once, then the plain address: a reload counts nothing
            assistant.interacted(conversation.get(), shopper.caller(), ShopperInteracted.Kind.COMPARE_USED, products);
            return Pages.seeOther("/compare?" + products.stream().map(p -> "p=" + p).collect(Collectors.joining("&")) + "&c=" + conversation.get());
        }
        List<String> priorities = talk.map(ComparePage::priorities).orElse(List.of());
        try {
            Comparison comparison = assistant.compare(products, priorities);
            List<ProductDetails> details = products.stream().map(p -> catalog.details(p).orElseThrow()).toList();
            return page(200, new CompareView(comparison, details, conversation.orElse(null), null));
        } catch (NoSuchElementException e) {
            return page(404, new CompareView(null, List.of(), conversation.orElse(null), "One of these products is no longer available."));
        }
    }

    /** What the shopper asked about first: the attributes of their constraints, then price. */
    private static List<String> priorities(Conversation conversation) {
        List<String> priorities = new ArrayList<>();
        conversation.constraints().forEach(constraint -> {
            String field = constraint.field();
            String key = field.startsWith("attr.") ? field.substring(5) : field.equals("price") || field.equals("rating") ? field : null;
            if (key != null && !priorities.contains(key)) {
                priorities.add(key);
            }
        });
        return priorities;
    }

    private Response page(int status, CompareView view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Pages.localized(Templates.compare(view), shopper)).build();
    }
}
