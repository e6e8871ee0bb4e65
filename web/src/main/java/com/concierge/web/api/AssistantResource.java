package com.concierge.web.api;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Comparison;
import com.concierge.assistant.api.Conversation;
import com.concierge.assistant.api.Receipt;
import com.concierge.assistant.api.Turn;
import com.concierge.assistant.api.events.ShopperInteracted;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/** The assistant over HTTP (docs/assistant.md): conversations, chips, receipts, comparisons. */
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

    private final Assistant assistant;

    AssistantResource(Assistant assistant) {
        this.assistant = assistant;
    }

    @POST
    @Path("/conversations")
    public Response start(@Context UriInfo uri) {
        Conversation conversation = assistant.start();
        return Response.created(uri.getAbsolutePathBuilder().path(conversation.id().toString()).build())
                .entity(Map.of("id", conversation.id())).build();
    }

    @GET
    @Path("/conversations/{id}")
    public Conversation conversation(@PathParam("id") UUID id) {
        return assistant.conversation(id).orElseThrow(() -> new NoSuchElementException("no conversation " + id));
    }

    /**
     * One turn as JSON. {@code Server-Timing: turn;dur=…} tells how long the turn took on the server
     * (reading, search, checks, receipts, commit, and the wording model when it is on), in milliseconds.
     */
    @POST
    @Path("/conversations/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response message(@PathParam("id") UUID id, MessageRequest request) {
        long start = System.nanoTime();
        Turn turn = assistant.worded(assistant.reply(id, text(request)));
        return Response.ok(turn).header("Server-Timing", String.format(Locale.ROOT, "turn;dur=%.1f", (System.nanoTime() - start) / 1e6))
                .build();
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
    public Multi<OutboundSseEvent> stream(@PathParam("id") UUID id, MessageRequest request, @Context Sse sse) {
        String text = text(request);
        assistant.conversation(id).orElseThrow(() -> new NoSuchElementException("no conversation " + id));
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            try {
                Turn turn = assistant.reply(id, text);
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
    public Turn ask(@PathParam("id") UUID id, QuestionRequest request) {
        if (request == null || request.product() == null) {
            throw new IllegalArgumentException("send {\"product\": \"<product id>\", \"text\": \"<the question>\"}");
        }
        return assistant.worded(assistant.ask(id, request.product(), request.text()));
    }

    /** Changes a chip's value ({"value": "120"}); the turn recommends again. */
    @PUT
    @Path("/conversations/{id}/constraints/{constraint}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Turn editChip(@PathParam("id") UUID id, @PathParam("constraint") String constraint, ChipRequest request) {
        if (request == null || request.value() == null || request.value().isBlank()) {
            throw new IllegalArgumentException("send the new value as {\"value\": \"...\"}; DELETE removes the constraint");
        }
        return assistant.worded(assistant.editConstraint(id, constraint, request.value()));
    }

    @DELETE
    @Path("/conversations/{id}/constraints/{constraint}")
    public Turn removeChip(@PathParam("id") UUID id, @PathParam("constraint") String constraint) {
        return assistant.worded(assistant.editConstraint(id, constraint, null));
    }

    @POST
    @Path("/conversations/{id}/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what the shopper did with an answer",
            description = "CARD_CLICKED with one product, COMPARE_USED with two to four, HANDOFF_REQUESTED with none. For measurement; 202.")
    public Response interacted(@PathParam("id") UUID id, InteractionRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("send {\"kind\": \"CARD_CLICKED|COMPARE_USED|HANDOFF_REQUESTED\", \"products\": [id, ...]}");
        }
        assistant.interacted(id, request.kind(), request.products());
        return Response.accepted().build();
    }

    @GET
    @Path("/receipts/{id}")
    public Receipt receipt(@PathParam("id") UUID id) {
        return assistant.receipt(id).orElseThrow(() -> new NoSuchElementException("no receipt " + id));
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

    private static String text(MessageRequest request) {
        if (request == null || request.text() == null) {
            throw new IllegalArgumentException("send the message as {\"text\": \"...\"}");
        }
        return request.text();
    }
}
