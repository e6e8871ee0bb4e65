package com.concierge.kernel.text;

/**
 * Text a person sent, made safe to store and read: a lone surrogate (half of an emoji, which no
 * database column or CSV export can hold) or a control character other than tab and line breaks
 * becomes U+FFFD, so what was valid is kept and nothing breaks further on. Text of only spaces and
 * invisible characters (zero-width space, byte-order mark, word joiner) counts as empty.
 */
public final class ShopperText {

    /** What an unusable character becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private ShopperText() {
    }

    /** The text with lone surrogates and control characters replaced; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = !pair && (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether the text says nothing: null, or only whitespace and invisible characters. */
    public static boolean blank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !invisible(c) && c != REPLACEMENT) {
                return false;
            }
        }
        return true;
    }

    private static boolean invisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
    }
}
