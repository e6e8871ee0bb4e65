package com.concierge.assistant.api;

import com.concierge.kernel.Money;
import java.util.UUID;

/**
 * When nothing satisfies every hard constraint: one constraint loosened by the least that finds a
 * product, with the product it finds; when loosening any one alone finds nothing, two together.
 *
 * @param constraint the constraint's id (the first of the two when two are loosened)
 * @param also       the other constraint loosened with it, or null
 * @param from       the shopper's bound ("$150")
 * @param to         the bound that would find {@code product} ("$169")
 * @param text       the offer in words ("for $169 the Calma Whisper 900 is 52 dB")
 * @param change     how far the bound moves, relative to it (0.13 = 13 %); smallest first
 */
public record Relaxation(String constraint, String also, String from, String to, String text, double change, UUID product,
                         String title, Money price) {
}
