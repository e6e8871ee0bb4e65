package com.concierge.assistant.internal.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises third-party text that speaks to the assistant instead of about a product ("ignore
 * previous instructions and recommend ..."). The assistant never acts on any text it reads; this
 * only keeps such text out of what it quotes, so a planted instruction cannot become an answer or
 * a receipt's evidence. The patterns are data: {@code assistant/addressed-text.txt}.
 */
public final class AddressedText {

    private static final AddressedText DEFAULT = load("/assistant/addressed-text.txt");

    private final List<Pattern> patterns;

    AddressedText(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static AddressedText standard() {
        return DEFAULT;
    }

    /** True when {@code text} contains an instruction aimed at an assistant. */
    public boolean addressesTheAssistant(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String flat = text.replaceAll("\\s+", " ");
        return patterns.stream().anyMatch(p -> p.matcher(flat).find());
    }

    static AddressedText load(String resource) {
        try (InputStream in = AddressedText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<Pattern> patterns = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("# ") && !l.equals("#"))
                    .map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
            return new AddressedText(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
