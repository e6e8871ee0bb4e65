package com.concierge.web.api;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Caller;
import com.concierge.assistant.api.Comparison;
import com.concierge.assistant.api.Conversation;
import com.concierge.assistant.api.Receipt;
import com.concierge.assistant.api.Turn;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.kernel.timing.ServerTiming;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The assistant over HTTP (docs/assistant.md): conversations, chips, receipts, comparisons. A
 * conversation is its starter's: a bearer token's subject, or for a guest the token the start
 * returned, sent back in the {@code Conversation-Token} header. Anyone else gets 404.
 */
@Path("/api/assistant")
@Produces(MediaType.APPLICATION_JSON)
public class AssistantResource {

    public record MessageRequest(String text) {
    }

    public record ChipRequest(String value) {
    }

    public record InteractionRequest(ShopperInteracted.Kind kind, List<UUID> products) {
    }

    public record CompareRequest(List<UUID> products, List<String> priorities) {
    }

    public record QuestionRequest(UUID product, String text) {
    }

    /**
     * A new conversation: {@code token} is null for a signed-in caller (their bearer token is the key);
     * for a guest it is the only key there is, to send in the {@code Conversation-Token} header.
     */
    public record Started(UUID id, String token) {
    }

    private final Assistant assistant;
    private final SecurityIdentity identity;

    AssistantResource(Assistant assistant, SecurityIdentity identity) {
        this.assistant = assistant;
        this.identity = identity;
    }

    @POST
    @Path("/conversations")
    @Operation(summary = "Start a conversation", description = "Signed in (bearer token): the conversation is the shopper's. As a guest: "
            + "the answer's token is the conversation's key; send it in the Conversation-Token header on every call about it. "
            + "Without it, the conversation answers 404 like one that does not exist.")
    public Response start(@Context UriInfo uri) {
        String subject = Shoppers.owner(identity);
        String token = subject == null ? Caller.newGuestKey() : null;
        Conversation conversation = assistant.start(new Caller(subject, token));
        return Response.created(uri.getAbsolutePathBuilder().path(conversation.id().toString()).build())
                .entity(new Started(conversation.id(), token)).build();
    }

    @GET
    @Path("/conversations/{id}")
    public Conversation conversation(@PathParam("id") UUID id, @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token) {
        return assistant.conversation(id, caller(token)).orElseThrow(() -> new NoSuchElementException("no conversation " + id));
    }

    /**
     * One turn as JSON. {@code Server-Timing: turn;dur=…} tells how long the turn took on the server
     * in milliseconds, then where that time went: {@code load} (the conversation), {@code read} (the
     * parser), {@code search}, {@code rank}, {@code check} (each shown product against every limit),
     * {@code receipts}, {@code store}, {@code commit} and {@code wording} (the model, when it is on).
     */
    @POST
    @Path("/conversations/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response message(@PathParam("id") UUID id, @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token, MessageRequest request) {
        ServerTiming.begin();
        Turn replied = assistant.reply(id, caller(token), text(request));
        ServerTiming.lap("commit");
        Turn turn = assistant.worded(replied);
        ServerTiming.lap("wording");
        return Response.ok(turn).header("Server-Timing", ServerTiming.header("turn")).build();
    }

    /**
     * The same turn as server-sent events: {@code cards} (constraints, recommendations, relaxations,
     * comparison) as soon as they are known, then {@code reply} (the whole turn with its wording,
     * which may wait for the wording model). A missing conversation or bad text is a problem+json
     * answer before any event.
     */
    @POST
    @Path("/conversations/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> stream(@PathParam("id") UUID id, @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token,
                                          MessageRequest request, @Context Sse sse) {
        String text = text(request);
        Caller caller = caller(token);
        assistant.conversation(id, caller).orElseThrow(() -> new NoSuchElementException("no conversation " + id));
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            try {
                Turn turn = assistant.reply(id, caller, text);
                emitter.emit(event(sse, "cards", Map.of("number", turn.number(), "intent", turn.intent(), "constraints", turn.constraints(),
                        "recommendations", turn.recommendations(), "relaxations", turn.relaxations(),
                        "comparison", turn.comparison() == null ? Map.of() : turn.comparison())));
                emitter.emit(event(sse, "reply", assistant.worded(turn)));
                emitter.complete();
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static OutboundSseEvent event(Sse sse, String name, Object data) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build();
    }

    /** A question about one product the shopper names (a product page's ask box); the turn carries the answer and its citations. */
    @POST
    @Path("/conversations/{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Turn ask(@PathParam("id") UUID id, @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token, QuestionRequest request) {
        if (request == null || request.product() == null) {
            throw new IllegalArgumentException("send {\"product\": \"<product id>\", \"text\": \"<the question>\"}");
        }
        return assistant.worded(assistant.ask(id, caller(token), request.product(), request.text()));
    }

    /** Changes a chip's value ({"value": "120"}); the turn recommends again. */
    @PUT
    @Path("/conversations/{id}/constraints/{constraint}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Turn editChip(@PathParam("id") UUID id, @PathParam("constraint") String constraint,
                         @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token, ChipRequest request) {
        if (request == null || request.value() == null || request.value().isBlank()) {
            throw new IllegalArgumentException("send the new value as {\"value\": \"...\"}; DELETE removes the constraint");
        }
        return assistant.worded(assistant.editConstraint(id, caller(token), constraint, request.value()));
    }

    @DELETE
    @Path("/conversations/{id}/constraints/{constraint}")
    public Turn removeChip(@PathParam("id") UUID id, @PathParam("constraint") String constraint,
                           @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token) {
        return assistant.worded(assistant.editConstraint(id, caller(token), constraint, null));
    }

    @POST
    @Path("/conversations/{id}/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what the shopper did with an answer",
            description = "CARD_CLICKED with one product, COMPARE_USED with two to four, HANDOFF_REQUESTED with none. For measurement; 202.")
    public Response interacted(@PathParam("id") UUID id, @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token, InteractionRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("send {\"kind\": \"CARD_CLICKED|COMPARE_USED|HANDOFF_REQUESTED\", \"products\": [id, ...]}");
        }
        assistant.interacted(id, caller(token), request.kind(), request.products());
        return Response.accepted().build();
    }

    /** A decision receipt, to the owner of the conversation it was shown in (the same key as the conversation's). */
    @GET
    @Path("/receipts/{id}")
    public Receipt receipt(@PathParam("id") UUID id, @HeaderParam(Shoppers.CONVERSATION_TOKEN) String token) {
        return assistant.receipt(id, caller(token)).orElseThrow(() -> new NoSuchElementException("no receipt " + id));
    }

    @POST
    @Path("/compare")
    @Consumes(MediaType.APPLICATION_JSON)
    public Comparison compare(CompareRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("send {\"products\": [id, id, ...], \"priorities\": [...]}");
        }
        return assistant.compare(request.products(), request.priorities());
    }

    private Caller caller(String token) {
        return Shoppers.caller(identity, token);
    }

    private static String text(MessageRequest request) {
        if (request == null || request.text() == null) {
            throw new IllegalArgumentException("send the message as {\"text\": \"...\"}");
        }
        return request.text();
    }
}
