package com.concierge.reviews.internal.analysis;

import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Quantity;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.reviews.api.ClaimType;
import com.concierge.reviews.api.Contradiction;
import com.concierge.reviews.api.Statement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the quantities a review states with the product's catalog attributes. A stated
 * quantity is matched to the number attribute of its dimension that the clause names ("jar",
 * "capacity"), or, when the clause names none, to the only one of its dimension; anything less
 * certain is left alone. It contradicts the catalog when it is more than {@link #TOLERANCE} away
 * (reviewers round: "about 2 L" for 1.89 L is not a contradiction).
 */
public final class ClaimChecker {

    /** Relative difference tolerated between a review's number and the catalog's. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.15");

    private final Lexicon lexicon;

    public ClaimChecker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Contradiction> check(List<Statement> statements, List<ProductDetails.Attribute> attributes) {
        List<Contradiction> contradictions = new ArrayList<>();
        List<ProductDetails.Attribute> numbers = attributes.stream()
                .filter(a -> a.type() == AttributeType.NUMBER && a.value() instanceof BigDecimal && a.unit() != null).toList();
        for (Statement statement : statements) {
            if (statement.claimType() != ClaimType.FACTUAL) {
                continue;
            }
            List<String> words = Tokens.words(statement.citation().quote());
            for (String stated : statement.quantities()) {
                Quantity parsed = Quantity.parse(stated);
                // reviewers write "oz" for a jar's fluid ounces: read it both ways
                List<Quantity> readings = parsed.unit() == Unit.OUNCE
                        ? List.of(parsed, new Quantity(parsed.value(), Unit.FLUID_OUNCE)) : List.of(parsed);
                boolean anyNamed = numbers.stream().anyMatch(a -> names(a, words));
                List<Match> matches = new ArrayList<>();
                for (Quantity reading : readings) {
                    numbers.stream().filter(a -> unit(a).dimension() == reading.dimension())
                            .filter(a -> !anyNamed || names(a, words))
                            .forEach(a -> matches.add(new Match(reading, a)));
                }
                if (matches.size() == 1) {
                    Match match = matches.get(0);
                    if (disagrees(match.stated(), new Quantity((BigDecimal) match.attribute().value(), unit(match.attribute())).canonicalValue())) {
                        contradictions.add(new Contradiction(statement.citation(), match.attribute().key(), match.attribute().label(), stated,
                                match.attribute().display()));
                    }
                }
            }
        }
        return contradictions;
    }

    /** A stated quantity (as read) and the one attribute it can be about. */
    private record Match(Quantity stated, ProductDetails.Attribute attribute) {
    }

    /** The clause names the attribute: a word of its label or key ("jar", "capacity", "weight"). */
    private boolean names(ProductDetails.Attribute attribute, List<String> words) {
        return Tokens.words(attribute.label() + " " + attribute.key().replace('_', ' ')).stream()
                .filter(word -> !lexicon.isStopword(word)).anyMatch(words::contains);
    }

    private static Unit unit(ProductDetails.Attribute attribute) {
        return Unit.parse(attribute.unit()).orElseThrow(() -> new IllegalStateException("unknown unit " + attribute.unit()));
    }

    private static boolean disagrees(Quantity stated, BigDecimal catalog) {
        if (catalog.signum() == 0) {
            return stated.canonicalValue().signum() != 0;
        }
        BigDecimal difference = stated.canonicalValue().subtract(catalog).abs().divide(catalog.abs(), MathContext.DECIMAL64);
        return difference.compareTo(TOLERANCE) > 0;
    }
}
