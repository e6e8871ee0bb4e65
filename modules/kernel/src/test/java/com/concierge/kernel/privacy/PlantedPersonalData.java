package com.concierge.kernel.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Shopper messages with personal data planted at a random word boundary: e-mail addresses in the
 * forms people write them, phone numbers, card numbers and street addresses. Each sample says which
 * traces must not survive redaction (the local part, the digits, the street and town names). Used by
 * {@link PersonalDataPropertiesTest} and, through the test jar, by the store's end-to-end privacy test.
 */
public final class PlantedPersonalData {

    /**
     * @param message the shopper's message with the data in it
     * @param data    what was planted
     * @param traces  pieces of it none of which may appear after redaction (compared ignoring case;
     *                digit traces, seven digits or more, within one number as written, ignoring its separators)
     */
    public record Planted(String message, String data, List<String> traces) {
    }

    /** Shopper messages as people write them, across the store's categories. */
    static final List<String> MESSAGES = List.of(
            "a quiet blender for smoothies under $150",
            "need a cordless vacuum for pet hair, under 300 dollars",
            "looking for running shoes size 10 wide, nothing over $120",
            "carry-on suitcase under 8 lb please",
            "noise cancelling headphones for flights, battery at least 30 hours",
            "a chef knife, VG-10 steel, no more than 150",
            "air fryer 6 qt or bigger for a family of 4",
            "gift for my dad who runs marathons, budget 100 bucks",
            "smart doorbell that works without wiring",
            "coffee maker with a thermal carafe, 12 cups",
            "is it dishwasher safe? let me know",
            "please ship it fast, can you deliver before friday",
            "STEM toy for a 9 year old girl",
            "cheaper than the first one, and quieter");

    private static final List<String> PROVIDERS = List.of("gmail", "yahoo", "outlook", "hotmail", "icloud", "proton");
    private static final List<String> STREETS = List.of("Street", "St", "Avenue", "Ave", "Road", "Rd", "Lane", "Blvd", "Drive");
    private static final List<String> TOWNS = List.of("Springfield", "Portland", "Fairview", "Riverside", "Oak Park", "Bristol");

    private PlantedPersonalData() {
    }

    /**
     * A message with one piece of personal data planted in it, for jqwik properties. Drawn from
     * {@link #plant(Random)}, so a seeded run of the end-to-end test draws the same kinds of samples.
     */
    public static Arbitrary<Planted> planted() {
        return Arbitraries.randomValue(PlantedPersonalData::plant);
    }

    /** {@code count} planted messages, the same ones for the same seed (for a test that must not flicker). */
    public static List<Planted> planted(int count, long seed) {
        Random random = new Random(seed);
        return Stream.generate(() -> plant(random)).limit(count).toList();
    }

    /** One message with one piece of personal data at a random word boundary. */
    public static Planted plant(Random random) {
        Planted data = switch (random.nextInt(5)) {
            case 0 -> email(random);
            case 1 -> spelledEmail(random);
            case 2 -> phone(random);
            case 3 -> card(random);
            default -> address(random);
        };
        String[] words = pick(random, MESSAGES).split(" ");
        int gap = random.nextInt(words.length + 1);
        List<String> out = new ArrayList<>(List.of(words).subList(0, gap));
        out.add(data.data());
        out.addAll(List.of(words).subList(gap, words.length));
        return new Planted(String.join(" ", out), data.data(), data.traces());
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Letters no message above holds ("qzx..."), so a trace found after redaction is the planted one. */
    private static String name(Random random) {
        StringBuilder name = new StringBuilder("qz");
        for (int i = 3 + random.nextInt(6); i > 0; i--) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    private static Planted email(Random random) {
        String joint = pick(random, List.of("", ".", "_", "+shop", "2026", ".x"));
        String local = joint.isEmpty() ? name(random) : name(random) + joint + name(random);
        String domain = random.nextBoolean() ? pick(random, PROVIDERS) : name(random);
        String address = local + "@" + domain + "." + pick(random, List.of("com", "org", "co.uk", "io", "de"));
        String written = random.nextBoolean() ? address.toUpperCase(Locale.ROOT) : address;
        return new Planted(written, written, List.of(local, local + "@"));
    }

    private static Planted spelledEmail(Random random) {
        String[] words = pick(random, List.of(new String[] {" at ", " dot "}, new String[] {"(at)", "(dot)"}, new String[] {" [at] ", " [dot] "},
                new String[] {" AT ", " DOT "}));
        String local = name(random);
        String written = local + words[0] + pick(random, PROVIDERS) + words[1] + pick(random, List.of("com", "net", "org"));
        return new Planted(written, written, List.of(local));
    }

    private static Planted phone(Random random) {
        int area = 201 + random.nextInt(789);
        int exchange = 200 + random.nextInt(800);
        int line = random.nextInt(10_000);
        String format = pick(random, List.of("(%03d) %03d-%04d", "%03d-%03d-%04d", "%03d.%03d.%04d", "%03d %03d %04d", "%03d%03d%04d",
                "+1 %03d %03d %04d", "+1-%03d-%03d-%04d"));
        String phone = String.format(Locale.ROOT, format, area, exchange, line);
        return new Planted(phone, phone, List.of(String.format(Locale.ROOT, "%03d%04d", exchange, line)));
    }

    private static Planted card(Random random) {
        StringBuilder number = new StringBuilder("4");
        for (int i = 0; i < 15; i++) {
            number.append(random.nextInt(10));
        }
        String joint = pick(random, List.of(" ", "-", ""));
        String written = String.join(joint, number.substring(0, 4), number.substring(4, 8), number.substring(8, 12), number.substring(12));
        return new Planted(written, written, List.of(number.toString()));
    }

    private static Planted address(Random random) {
        int number = 1 + random.nextInt(9999);
        String street = "Q" + name(random).substring(1);
        boolean withTown = random.nextBoolean();
        String town = pick(random, TOWNS);
        String address = number + " " + street + " " + pick(random, STREETS) + (withTown ? ", " + town : "");
        // the house number alone is no trace: messages hold numbers of their own ("under 8 lb")
        List<String> traces = withTown ? List.of(street, number + " " + street, town) : List.of(street, number + " " + street);
        return new Planted(address, address, traces);
    }

    /** A number as written: digits with single separators between groups ("(555) 123-4567", "4242 4242 4242 4242"). */
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\+?\\(?\\d+\\)?(?:[ .-]?\\(?\\d+\\)?)*");

    /**
     * What the store writes beside a shopper's words whose digits are no written number: ids
     * ("4586f4b9-8095-0086-…") and times ("19:19:36.950086612Z"). Their digit runs, joined by the
     * separators a phone number uses, hold any seven digits now and then. A full run once found a planted
     * phone's seven digits (PostgreSQL, 4bd0132) where the same test run alone, and the H2 run, found none:
     * the store's own digits, different every run, are the likely place.
     */
    private static final Pattern IDS_AND_TIMES = Pattern.compile(
            "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}[t ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?"
                    + "|\\d{2}:\\d{2}:\\d{2}[.,]\\d+");

    /** The traces of {@code planted} still in {@code text}: none for a redacted text. */
    public static List<String> tracesIn(String text, Planted planted) {
        String lower = text.toLowerCase(Locale.ROOT);
        String written = IDS_AND_TIMES.matcher(text).replaceAll(" ");
        List<String> numbers = WRITTEN_NUMBER.matcher(written).results().map(m -> m.group().replaceAll("\\D", "")).toList();
        List<String> found = new ArrayList<>();
        for (String trace : planted.traces()) {
            boolean numeric = trace.chars().allMatch(Character::isDigit);
            boolean there = numeric ? numbers.stream().anyMatch(n -> n.contains(trace)) : lower.contains(trace.toLowerCase(Locale.ROOT));
            if (there) {
                found.add(trace);
            }
        }
        return found;
    }
}
