package com.concierge.web.pages;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Conversation;
import com.concierge.assistant.api.Turn;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.SearchUnavailableException;
import com.concierge.catalog.api.reasons.ReasonRule;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The storefront's front door: the assistant. The conversation id travels in the URL ({@code /?c=…}),
 * so a reload, the back button or a sign-in come back to the same conversation. Every action is a
 * form that works without JavaScript (post, then redirect to the conversation); with htmx the same
 * forms get the new turn as a fragment, and the reply's wording arrives over server-sent events.
 */
@Path("/")
public class HomePage {

    /** How many example intents the empty home page offers. */
    static final int EXAMPLES = 4;

    /**
     * One answered turn as the page shows it.
     *
     * @param message the shopper's words
     * @param pending true when the wording still has to arrive over SSE (htmx fragments only)
     */
    public record TurnView(int number, String message, Turn turn, List<Cards.Card> cards, boolean pending, UUID conversation) {
        public boolean relaxable() {
            return turn.recommendations().isEmpty() && !turn.relaxations().isEmpty();
        }
    }

    /** The whole page: the conversation so far (none before the first message), or a problem with the draft kept. */
    public record Home(UUID conversation, List<TurnView> turns, List<Constraint> chips, List<String> examples, String draft,
                       String problem, String searchLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home);

        /** htmx: the new turn, with the chips and the ask form swapped out of band. */
        static native TemplateInstance answer(TurnView turn, UUID conversation, List<Constraint> chips, String searchLink);

        /** htmx: a problem with what was sent, shown where the page shows problems. */
        static native TemplateInstance problem(String problem);

        /** SSE: the reply's words. */
        static native TemplateInstance words(String reply);
    }

    private final Assistant assistant;
    private final Catalog catalog;
    private final Cards cards;
    private final Shopper shopper;

    HomePage(Assistant assistant, Catalog catalog, Cards cards, Shopper shopper) {
        this.assistant = assistant;
        this.catalog = catalog;
        this.cards = cards;
        this.shopper = shopper;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(@QueryParam("c") String c, @QueryParam("q") String q) {
        if (q != null && !q.isBlank()) {
            return Pages.seeOther(SearchPage.link(q.strip())); // old search links: the search page has the results now
        }
        Optional<Conversation> conversation = Pages.conversation(assistant, c, shopper);
        if (conversation.isEmpty()) {
            Response.Status status = c == null || c.isBlank() ? Response.Status.OK : Response.Status.NOT_FOUND;
            String problem = status == Response.Status.OK ? null : "That conversation is no longer available. Start a new one below.";
            return page(status, new Home(null, List.of(), List.of(), examples(), "", problem, null));
        }
        Conversation current = conversation.get();
        return page(Response.Status.OK, new Home(current.id(), turns(current), current.constraints(), List.of(), "", null,
                SearchPage.link(current)));
    }

    /** A message to the assistant; without {@code c} (or with one that expired) it starts a conversation. */
    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response ask(@RestForm("c") String c, @RestForm("q") String q) {
        String text = q == null ? "" : q.strip();
        UUID conversation = Pages.conversation(assistant, c, shopper).map(Conversation::id).orElse(null);
        String problem = text.isEmpty() ? "Tell the assistant what you are looking for."
                : text.length() > Conversation.MAX_MESSAGE ? "Please keep it under " + Conversation.MAX_MESSAGE + " characters." : null;
        if (problem != null) {
            return invalid(Response.Status.BAD_REQUEST, conversation, text, problem);
        }
        if (conversation == null) {
            conversation = assistant.start(shopper.owning()).id();
        }
        try {
            return answered(shopper.wantsFragment() ? assistant.reply(conversation, shopper.caller(), text) : assistant.worded(assistant.reply(conversation, shopper.caller(), text)));
        } catch (SearchUnavailableException e) {
            return invalid(Response.Status.SERVICE_UNAVAILABLE, conversation, text, "Search is unavailable right now, so the assistant cannot look for products. Please try again in a moment.");
        }
    }

    /** A chip edited ({@code value}) or removed ({@code remove}); a relaxation accepted is an edit too. */
    @POST
    @Path("chips")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response chip(@RestForm("c") String c, @RestForm("chip") String chip, @RestForm("value") String value,
                         @RestForm("remove") String remove, @RestForm("back") String back) {
        UUID conversation = Pages.conversation(assistant, c, shopper).map(Conversation::id)
                .orElseThrow(() -> new NoSuchElementException("That conversation is no longer available."));
        boolean removing = remove != null || value == null || value.isBlank();
        Turn turn;
        try {
            turn = assistant.editConstraint(conversation, shopper.caller(), chip, removing ? null : value.strip());
        } catch (IllegalArgumentException | NoSuchElementException e) {
            return invalid(Response.Status.BAD_REQUEST, conversation, "", e.getMessage());
        }
        if (back != null && !back.isBlank() && !shopper.wantsFragment()) {
            return Pages.seeOther(SearchPage.link(assistant.conversation(conversation, shopper.caller()).orElseThrow()));
        }
        return answered(shopper.wantsFragment() ? turn : assistant.worded(turn));
    }

    /** The reply's wording, streamed after the cards: {@code reply} (the words as HTML), then {@code done}. */
    @GET
    @Path("assistant/words")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> words(@QueryParam("c") String c, @QueryParam("n") int number, @Context Sse sse) {
        UUID conversation = Pages.uuid(c).orElseThrow(() -> new NoSuchElementException("no conversation " + c));
        Assistant.StoredTurn stored = assistant.turn(conversation, number, shopper.caller())
                .orElseThrow(() -> new NoSuchElementException("no turn " + number + " in conversation " + c));
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            try {
                Turn worded = assistant.worded(stored.reply());
                emitter.emit(sse.newEventBuilder().name("reply").mediaType(MediaType.TEXT_HTML_TYPE)
                        .data(Templates.words(worded.reply()).render()).build());
                emitter.emit(sse.newEventBuilder().name("done").data("").build());
                emitter.complete();
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Response answered(Turn turn) {
        UUID conversation = turn.conversation();
        if (!shopper.wantsFragment()) {
            return Pages.seeOther(Pages.conversationPath(conversation, turn.number()));
        }
        Conversation after = assistant.conversation(conversation, shopper.caller()).orElseThrow();
        String message = assistant.turn(conversation, turn.number(), shopper.caller()).map(Assistant.StoredTurn::message).orElse("");
        TurnView view = new TurnView(turn.number(), message, turn, cards.cards(turn.recommendations(), turn.constraints()), true, conversation);
        return Response.ok(Pages.localized(Templates.answer(view, conversation, after.constraints(), SearchPage.link(after)), shopper))
                .header("HX-Push-Url", Pages.conversationPath(conversation, 0)).build();
    }

    /** The problem shown where the page shows problems, with the shopper's words kept in the ask box. */
    private Response invalid(Response.Status status, UUID conversation, String draft, String problem) {
        if (shopper.wantsFragment()) {
            // htmx swaps only 2xx answers by default: the problem goes where the page shows problems
            return Response.ok(Pages.localized(Templates.problem(problem), shopper))
                    .header("HX-Retarget", "#problem").header("HX-Reswap", "outerHTML").build();
        }
        Conversation current = conversation == null ? null : assistant.conversation(conversation, shopper.caller()).orElse(null);
        Home home = current == null
                ? new Home(null, List.of(), List.of(), examples(), draft, problem, null)
                : new Home(current.id(), turns(current), current.constraints(), List.of(), draft, problem, SearchPage.link(current));
        return page(status, home);
    }

    private Response page(Response.Status status, Home home) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Pages.localized(Templates.home(home), shopper)).build();
    }

    private List<TurnView> turns(Conversation conversation) {
        List<TurnView> turns = new ArrayList<>();
        for (int n = 1; n <= conversation.turns(); n++) {
            int number = n;
            assistant.turn(conversation.id(), n, shopper.caller()).ifPresent(stored -> turns.add(new TurnView(number, stored.message(), stored.reply(),
                    cards.cards(stored.reply().recommendations(), stored.reply().constraints()), false, conversation.id())));
        }
        return turns;
    }

    /** Example intents from the catalog itself: a reason code of each category with the category's name ("quiet blenders"). */
    private List<String> examples() {
        List<String> examples = new ArrayList<>();
        for (CategoryDefinition category : catalog.categories()) {
            Optional<String> reason = catalog.reasonRules(category.key()).flatMap(r -> r.rules().stream().findFirst()).map(ReasonRule::label);
            reason.ifPresent(label -> examples.add(label.toLowerCase(Locale.ROOT) + " " + category.name().toLowerCase(Locale.ROOT)));
            if (examples.size() == EXAMPLES) {
                break;
            }
        }
        return examples;
    }
}
