package com.concierge.catalog.api.guides;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A setup guide or a troubleshooting tree for some products or whole categories
 * (docs/postpurchase.md#setup-and-troubleshooting). Merchandisers write and import them; the order
 * page shows them for what was bought and the assistant answers from them, citing the step.
 *
 * <p>A troubleshooting tree is read top to bottom: each step is a check ("Is the jar seated on the
 * base?") with the fix when the check fails ("Lift the jar and set it down until it clicks"); when no
 * check helped, {@code otherwise} says what comes next. A guide with {@code safety} set is about a
 * danger (smoke, a burning smell, a shock): it always starts with "stop using it" and the store's
 * safety route, whatever its steps say.
 *
 * @param id         lower-case letters, digits and '-' ("blender-wont-start")
 * @param products   the products it is for (empty: any product of its categories)
 * @param categories the categories it is for (empty with no products: the whole store)
 * @param title      what it is about ("Set up your blender", "The blender will not start")
 * @param symptoms   for troubleshooting: how shoppers say the problem ("won't turn on", "nothing happens")
 * @param updatedAt  when it was last stored, null before it is
 */
public record Guide(String id, Kind kind, Set<UUID> products, Set<String> categories, String title, List<String> symptoms,
                    boolean safety, List<Step> steps, Otherwise otherwise, Instant updatedAt) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 500;
    public static final int MAX_STEPS = 30;
    public static final int MAX_SYMPTOMS = 20;

    public enum Kind {
        /** Steps to follow once: unpack, assemble, pair, first use, care. */
        SETUP,
        /** A symptom, the checks and fixes that may cure it, and what comes after. */
        TROUBLESHOOTING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** "setup", "troubleshooting", as written in an import file or a form. */
        public static Kind parse(String text) {
            for (Kind kind : values()) {
                if (text != null && kind.code().equalsIgnoreCase(text.strip())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("kind '" + text + "' is not one of setup, troubleshooting");
        }
    }

    /** When no check of a troubleshooting tree helped. */
    public enum Otherwise {
        /** Write to the store's service desk. */
        CONTACT_US,
        /** Return it (the shopper starts the return from the order page). */
        START_RETURN;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** "contact-us", "start-return". */
        public static Otherwise parse(String text) {
            for (Otherwise otherwise : values()) {
                if (text != null && otherwise.code().equalsIgnoreCase(text.strip().replace('_', '-'))) {
                    return otherwise;
                }
            }
            throw new IllegalArgumentException("otherwise '" + text + "' is not one of contact-us, start-return");
        }
    }

    /**
     * One step: for a setup guide, what to do; for a troubleshooting tree, the check and its fix.
     *
     * @param number from 1, in the order they are followed
     */
    public record Step(int number, String text, String fix) {

        public Step {
            text = required(text, "step " + number + "'s text", MAX_TEXT);
            fix = fix == null || fix.isBlank() ? null : required(fix, "step " + number + "'s fix", MAX_TEXT);
        }
    }

    public Guide {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("guide id '" + id + "' must be 1 to 64 lower-case letters, digits and '-'");
        }
        if (kind == null) {
            throw new IllegalArgumentException("guide '" + id + "' needs a kind: setup or troubleshooting");
        }
        products = products == null ? Set.of() : Set.copyOf(products);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        title = required(title, "guide '" + id + "''s title", MAX_TITLE);
        List<String> said = new ArrayList<>();
        for (String symptom : symptoms == null ? List.<String>of() : symptoms) {
            if (symptom != null && !symptom.isBlank()) {
                said.add(required(symptom, "a symptom of '" + id + "'", MAX_TITLE));
            }
        }
        symptoms = List.copyOf(said);
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("guide '" + id + "' has " + steps.size() + " steps; it needs 1 to " + MAX_STEPS);
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).number() != i + 1) {
                throw new IllegalArgumentException("guide '" + id + "''s steps are numbered " + steps.stream().map(Step::number).toList()
                        + "; they must run 1, 2, 3, ... without gaps");
            }
        }
        if (kind == Kind.SETUP && (safety || otherwise != null || !symptoms.isEmpty())) {
            throw new IllegalArgumentException("guide '" + id + "' is a setup guide: symptoms, safety and otherwise belong to troubleshooting");
        }
        if (kind == Kind.TROUBLESHOOTING) {
            if (symptoms.isEmpty()) {
                throw new IllegalArgumentException("troubleshooting '" + id + "' needs at least one symptom, as a shopper would say it");
            }
            if (symptoms.size() > MAX_SYMPTOMS) {
                throw new IllegalArgumentException("troubleshooting '" + id + "' has " + symptoms.size() + " symptoms; at most " + MAX_SYMPTOMS);
            }
            otherwise = otherwise == null ? Otherwise.CONTACT_US : otherwise;
        }
    }

    /** Whether this guide is for that product of that category. */
    public boolean covers(UUID product, String category) {
        return products.isEmpty() ? categories.isEmpty() || categories.contains(category) : products.contains(product);
    }

    /** Product guides before category guides before store-wide ones. */
    public int specificity() {
        return products.isEmpty() ? categories.isEmpty() ? 0 : 1 : 2;
    }

    /** The same guide as stored at {@code at}. */
    public Guide storedAt(Instant at) {
        return new Guide(id, kind, products, categories, title, symptoms, safety, steps, otherwise, at);
    }

    private static String required(String text, String what, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(what + " is " + stripped.length() + " characters; at most " + max);
        }
        return stripped;
    }
}
