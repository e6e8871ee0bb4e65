package com.concierge.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversations with the assistant over its API as a guest API client would hold them: each with
 * the token its start returned, sent in the {@code Conversation-Token} header. The receipts a turn
 * shows are reached with the same token, so the helper remembers them too.
 */
public final class Talk {

    public static final String TOKEN_HEADER = "Conversation-Token";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Talk() {
    }

    /** Starts a guest conversation; returns its id. */
    public static String start() {
        JsonPath started = given().post("/api/assistant/conversations").then().statusCode(201).extract().jsonPath();
        String id = started.getString("id");
        TOKENS.put(id, started.getString("token"));
        return id;
    }

    /** The token of a conversation this helper started (or of the conversation a receipt was shown in). */
    public static String token(String conversationOrReceipt) {
        return TOKENS.get(conversationOrReceipt);
    }

    /** A request that holds the conversation's token (or none, for an id this helper never started). */
    public static RequestSpecification as(String conversationOrReceipt) {
        String token = TOKENS.get(conversationOrReceipt);
        RequestSpecification spec = given();
        return token == null ? spec : spec.header(TOKEN_HEADER, token);
    }

    /** One message; the turn's receipts are remembered under the conversation's token. */
    public static JsonPath say(String conversation, String text) {
        JsonPath turn = as(conversation).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/assistant/conversations/" + conversation + "/messages").then().statusCode(200).extract().jsonPath();
        remember(conversation, turn);
        return turn;
    }

    /** Remembers the receipts a turn of {@code conversation} showed. */
    public static void remember(String conversation, JsonPath turn) {
        String token = TOKENS.get(conversation);
        if (token != null) {
            for (Object receipt : turn.getList("recommendations.receipt.id")) {
                TOKENS.put(String.valueOf(receipt), token);
            }
        }
    }
}
