package com.concierge.postpurchase.internal.returns;

import com.concierge.assistant.api.Evidence;
import com.concierge.assistant.api.Receipt;
import com.concierge.postpurchase.api.ReturnReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which claims of a decision receipt a return's reason contradicts: "too loud" contradicts what the
 * receipt said about noise (a noise attribute it cited, a "quiet" reason code, a noise limit the
 * product met), "too big"/"too small" what it said about size, "does not fit" what it said about
 * compatibility. A claim is named by what it rests on ("attribute noise", "reason code quiet"), so
 * every return against the same data adds to one ticket. Reasons that name no property (changed my
 * mind, defective) contradict nothing.
 */
final class Contradictions {

    /** A claim the receipt made, by what it rests on and as it was shown. */
    record Claim(String subject, String text) {
    }

    private static final Map<String, Pattern> WORDS = Map.of(
            "noise", Pattern.compile("\\b(noise|noisy|quiet\\w*|loud\\w*|silent|sound|db|dba|decibels?)\\b"),
            "size", Pattern.compile("\\b(size|sizes|width|wide|height|tall|depth|deep|length|long|dimensions?|capacity|diameter|volume)\\b"),
            "compatibility", Pattern.compile("\\b(compatib\\w*|fits?|works with|attach\\w*)\\b"));

    private Contradictions() {
    }

    static List<Claim> of(ReturnReason reason, Receipt receipt) {
        Pattern words = reason.contradicts() == null ? null : WORDS.get(reason.contradicts());
        if (words == null || receipt == null) {
            return List.of();
        }
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (Evidence evidence : receipt.evidence()) {
            String key = evidence.id().substring(evidence.id().indexOf('/') + 1);
            String said = (key.replace('_', ' ') + " " + evidence.text()).toLowerCase(Locale.ROOT);
            if (evidence.kind() == Evidence.Kind.ATTRIBUTE && words.matcher(said).find()) {
                claims.putIfAbsent("attribute " + key, new Claim("attribute " + key, evidence.text()));
            } else if (evidence.kind() == Evidence.Kind.REASON && words.matcher(said).find()) {
                claims.putIfAbsent("reason code " + key, new Claim("reason code " + key, evidence.text()));
            }
        }
        for (Receipt.ConstraintCheck check : receipt.meets()) {
            String said = (check.constraint().replace('_', ' ').replace('.', ' ') + " " + check.text()).toLowerCase(Locale.ROOT);
            if (words.matcher(said).find()) {
                String subject = check.constraint().startsWith("attr.") ? "attribute " + check.constraint().substring(5)
                        : check.constraint();
                claims.putIfAbsent(subject, new Claim(subject, check.text() + (check.actual() == null ? "" : " (" + check.actual() + ")")));
            }
        }
        return List.copyOf(claims.values());
    }
}
