package com.concierge.web.pages;

import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Evidence;
import com.concierge.assistant.api.Recommendation;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.reasons.ReasonCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the assistant's recommendations into what a card shows: image, key attributes, badges, and links for the receipt's evidence. */
@ApplicationScoped
public class Cards {

    /** How many attributes a card lists. */
    static final int KEY_ATTRIBUTES = 4;

    /**
     * One product card.
     *
     * @param keyAttributes the attributes the shopper constrained first, then the category's first ones
     * @param evidence      the receipt's evidence, each with the place on the product page that shows it
     */
    public record Card(Recommendation rec, String image, List<ProductDetails.Attribute> keyAttributes, List<ReasonCode> reasons,
                       boolean inStock, List<EvidenceLink> evidence) {
        public String href() {
            return "/products/" + rec.handle();
        }
    }

    /** A piece of evidence and where the shopper can read it. */
    public record EvidenceLink(Evidence evidence, String href) {
    }

    private final Catalog catalog;

    Cards(Catalog catalog) {
        this.catalog = catalog;
    }

    List<Card> cards(List<Recommendation> recommendations, List<Constraint> constraints) {
        List<Card> cards = new ArrayList<>();
        for (Recommendation rec : recommendations) {
            ProductDetails details = catalog.details(rec.product()).orElse(null);
            if (details == null) {
                continue; // deleted since the answer: the card would lead nowhere
            }
            cards.add(new Card(rec, details.images().isEmpty() ? null : details.images().get(0), keyAttributes(details, constraints),
                    details.reasonCodes(), details.inStock(), evidence(rec)));
        }
        return cards;
    }

    static List<ProductDetails.Attribute> keyAttributes(ProductDetails details, List<Constraint> constraints) {
        Set<String> keys = new LinkedHashSet<>();
        constraints.stream().filter(c -> c.field().startsWith("attr.")).forEach(c -> keys.add(c.field().substring(5)));
        details.attributes().forEach(a -> keys.add(a.key()));
        List<ProductDetails.Attribute> shown = new ArrayList<>();
        for (String key : keys) {
            details.attribute(key).ifPresent(shown::add);
            if (shown.size() == KEY_ATTRIBUTES) {
                break;
            }
        }
        return shown;
    }

    private static List<EvidenceLink> evidence(Recommendation rec) {
        String page = "/products/" + rec.handle();
        return rec.receipt().evidence().stream().map(e -> new EvidenceLink(e, page + anchor(e))).toList();
    }

    /** Where on the product page a piece of evidence is shown. */
    static String anchor(Evidence evidence) {
        String id = evidence.id();
        return switch (evidence.kind()) {
            case ATTRIBUTE -> "#spec-" + id.substring(id.indexOf('/') + 1);
            case REASON -> "#reasons";
            case REVIEW -> "#review-" + (id.indexOf(':') > 0 ? id.substring(0, id.indexOf(':')) : id);
            case POLICY -> "#policies";
            case QA -> "#qa-" + id;
            case CONTENT -> "#overview";
            case GUIDE -> "#guides"; // a guide's steps are on the order page; the product page has none
            case COMPATIBILITY -> "#compatibility";
        };
    }
}
