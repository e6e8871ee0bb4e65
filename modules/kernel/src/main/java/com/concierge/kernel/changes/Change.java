package com.concierge.kernel.changes;

import java.time.Instant;
import java.util.Objects;

/**
 * One change: who ({@code actorSubject}, the Keycloak subject, and {@code actorName}, the name shown),
 * when, through what ({@code via}: console or api), the action ("put", "delete", "decide"...) on a
 * subject ({@code kind} and {@code subjectId}, e.g. synonym "whisper quiet"), and the subject's state
 * before and after as JSON (null where there was none: before a creation, after a removal).
 */
public record Change(Long id, Instant at, String actorSubject, String actorName, String via, String action,
                     String kind, String subjectId, String before, String after) {

    /** Longest state kept; a longer one is cut and says so. */
    public static final int MAX_STATE = 64_000;

    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        actorName = actorName == null || actorName.isBlank() ? actorSubject : actorName;
        via = via == null ? "api" : via;
        before = cut(before);
        after = cut(after);
    }

    /** A new entry (no id yet). */
    public static Change of(Instant at, String actorSubject, String actorName, String via, String action, String kind,
                            String subjectId, String before, String after) {
        return new Change(null, at, actorSubject, actorName, via, action, kind, subjectId, before, after);
    }

    /** Whether the state changed at all (an action that changed nothing is still recorded: someone asked). */
    public boolean changedState() {
        return !Objects.equals(before, after);
    }

    private static String cut(String state) {
        if (state == null || state.length() <= MAX_STATE) {
            return state;
        }
        String note = "… [cut: " + state.length() + " characters in all]";
        return state.substring(0, MAX_STATE - note.length()) + note;
    }
}
