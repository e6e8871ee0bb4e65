package com.concierge.measurement.internal.analytics;

import com.concierge.measurement.api.IntentAnalytics;
import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.internal.Rows;
import com.concierge.measurement.internal.intents.IntentRecords;
import com.concierge.measurement.internal.intents.TurnRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Intent analytics (docs/intent-analytics.md): per day and category, how many conversations asked
 * for each intent and used each word, which words the vocabulary lacked and which intents went
 * unmet. Recomputed with the day's KPIs into {@link IntentDaily}, which outlives the words.
 */
@ApplicationScoped
public class Analytics {

    /** Intents that answer with recommendations. */
    static final Set<String> RECOMMENDING = Set.of("SHOP", "REFINE", "EDIT", "DECIDE");
    static final int TOP = 25;
    static final int EXAMPLES = 3;
    private static final int MAX_TERM = 300;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String TURNS = "SELECT conversation_id, turn, occurred_at, category, intent, constraint_fields, constraint_words, "
            + "uncovered_words, CASE WHEN shown = '[]' THEN 1 ELSE 0 END, relaxations FROM measurement_turn WHERE occurred_at >= ? AND occurred_at < ?";
    /** The conversations with a turn in the range: their last turn, and whether they went anywhere after the answer. */
    private static final String CONVERSATIONS = "SELECT id, turns, card_clicks, compares, first_cart_add_at, ordered_at, handoff_at "
            + "FROM measurement_conversation WHERE id IN (SELECT conversation_id FROM measurement_turn WHERE occurred_at >= ? AND occurred_at < ?)";

    private final IntentRecords records;
    private final Duration idleAfter;
    private final int minConversations;
    private final Clock clock = Clock.systemUTC();

    Analytics(IntentRecords records,
              @ConfigProperty(name = "cc.measurement.analytics.abandoned-after", defaultValue = "30M") Duration idleAfter,
              @ConfigProperty(name = "cc.measurement.analytics.min-conversations", defaultValue = "2") int minConversations) {
        this.records = records;
        this.idleAfter = idleAfter;
        this.minConversations = minConversations;
    }

    /** Replaces the day's rows with counts from the turns of that day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        EntityManager entityManager = TurnRow.getEntityManager();
        List<Turn> turns = Rows.list(entityManager, TURNS, List.of(from, to), row -> new Turn(row.getObject(1, UUID.class), row.getInt(2),
                Rows.instant(row, 3), row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getInt(9) == 1, row.getInt(10)));
        Map<UUID, Integer> turnCounts = new HashMap<>();
        Map<UUID, Boolean> nowhere = new HashMap<>();
        Rows.list(entityManager, CONVERSATIONS, List.of(from, to), row -> {
            UUID id = row.getObject(1, UUID.class);
            turnCounts.put(id, row.getInt(2));
            nowhere.put(id, row.getInt(3) == 0 && row.getInt(4) == 0 && row.getObject(5) == null && row.getObject(6) == null
                    && row.getObject(7) == null);
            return id;
        });
        Map<String, List<String>> parsed = new HashMap<>(); // the same few JSON lists come back again and again
        Map<IntentDaily.Key, Tally> tallies = new LinkedHashMap<>();
        Instant idleBefore = clock.instant().minus(idleAfter);
        for (Turn t : turns) {
            String category = t.category() == null ? Kpi.NONE : t.category();
            UUID conversation = t.conversation();
            if (RECOMMENDING.contains(t.intent())) {
                String intent = intent(category, parsed.computeIfAbsent(t.constraintFields(), records::words));
                tally(tallies, day, category, IntentDaily.INTENT, intent, conversation);
                boolean zeroResult = t.showedNothing();
                boolean relaxed = t.relaxations() > 0;
                boolean abandoned = !zeroResult && turnCounts.getOrDefault(conversation, -1) == t.turn() && t.occurredAt().isBefore(idleBefore)
                        && nowhere.getOrDefault(conversation, false);
                if (zeroResult || relaxed || abandoned) {
                    Tally unmet = tally(tallies, day, category, IntentDaily.UNMET, intent, conversation);
                    unmet.zeroResult += zeroResult ? 1 : 0;
                    unmet.relaxed += relaxed ? 1 : 0;
                    if (abandoned) {
                        unmet.abandonedIn.add(conversation);
                    }
                }
            }
            for (String word : parsed.computeIfAbsent(t.constraintWords(), records::words)) {
                tally(tallies, day, category, IntentDaily.WORD, normal(word), conversation);
            }
            for (String word : parsed.computeIfAbsent(t.uncoveredWords() == null ? "[]" : t.uncoveredWords(), records::words)) {
                tally(tallies, day, category, IntentDaily.UNCOVERED, normal(word), conversation);
            }
        }
        IntentDaily.delete("key.day", day);
        List<IntentDaily> rows = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> {
            IntentDaily row = new IntentDaily();
            row.key = key;
            row.conversations = tally.conversations.size();
            row.turns = tally.turns;
            row.zeroResult = tally.zeroResult;
            row.relaxed = tally.relaxed;
            row.abandoned = tally.abandonedIn.size();
            rows.add(row);
        });
        IntentDaily.persist(rows);
    }

    /** The analytics of {@code from}..{@code to} (inclusive) against as many days before, one category or all (null). */
    @Transactional
    public IntentAnalytics report(LocalDate from, LocalDate to, String category) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousFrom = from.minusDays(days);
        String query = "key.day >= ?1 and key.day <= ?2" + (category == null ? "" : " and key.category = ?3");
        List<IntentDaily> rows = category == null ? IntentDaily.list(query, previousFrom, to) : IntentDaily.list(query, previousFrom, to, category);
        Map<String, Map<String, Sum>> byKind = new HashMap<>();
        for (IntentDaily row : rows) {
            boolean current = !row.key.day().isBefore(from);
            String id = row.key.category() + "\u0000" + row.key.term();
            Sum sum = byKind.computeIfAbsent(row.key.kind(), k -> new HashMap<>())
                    .computeIfAbsent(id, k -> new Sum(row.key.term(), row.key.category(), days));
            if (current) {
                sum.conversations += row.conversations;
                sum.turns += row.turns;
                sum.zeroResult += row.zeroResult;
                sum.relaxed += row.relaxed;
                sum.abandoned += row.abandoned;
                sum.daily[(int) ChronoUnit.DAYS.between(from, row.key.day())] += row.conversations;
            } else {
                sum.previous += row.conversations;
            }
        }
        List<IntentAnalytics.Unmet> unmet = top(byKind, IntentDaily.UNMET, 1).stream()
                .map(s -> new IntentAnalytics.Unmet(s.term, s.category, s.conversations, s.zeroResult, s.relaxed, s.abandoned, List.of()))
                .toList();
        return new IntentAnalytics(from, to, category, minConversations, terms(byKind, IntentDaily.INTENT, 1), terms(byKind, IntentDaily.WORD, 1),
                terms(byKind, IntentDaily.UNCOVERED, minConversations), withExamples(unmet, from, to));
    }

    private static List<IntentAnalytics.Term> terms(Map<String, Map<String, Sum>> byKind, String kind, int min) {
        return top(byKind, kind, min).stream().map(s -> new IntentAnalytics.Term(s.term, s.category, s.conversations, s.turns, s.previous,
                s.previous == 0 ? null : (double) (s.conversations - s.previous) / s.previous,
                java.util.Arrays.stream(s.daily).boxed().toList())).toList();
    }

    private static List<Sum> top(Map<String, Map<String, Sum>> byKind, String kind, int min) {
        return byKind.getOrDefault(kind, Map.of()).values().stream().filter(s -> s.conversations >= min)
                .sorted(Comparator.comparingLong((Sum s) -> -s.conversations).thenComparingLong(s -> -s.turns).thenComparing(s -> s.term))
                .limit(TOP).toList();
    }

    /** A few messages behind each unmet intent, from turns of the range that found nothing or needed relaxing. */
    private List<IntentAnalytics.Unmet> withExamples(List<IntentAnalytics.Unmet> unmet, LocalDate from, LocalDate to) {
        if (unmet.isEmpty()) {
            return unmet;
        }
        Map<String, List<String>> examples = new HashMap<>();
        List<TurnRow> candidates = TurnRow.find("occurredAt >= ?1 and occurredAt < ?2 and text is not null and (shown = '[]' or relaxations > 0) "
                        + "order by occurredAt desc", from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).page(0, 2_000).list();
        for (TurnRow t : candidates) {
            if (RECOMMENDING.contains(t.intent)) {
                String category = t.category == null ? Kpi.NONE : t.category;
                List<String> list = examples.computeIfAbsent(category + "\u0000" + intent(category, records.words(t.constraintFields)),
                        k -> new ArrayList<>());
                if (list.size() < EXAMPLES && !list.contains(t.text)) {
                    list.add(t.text);
                }
            }
        }
        return unmet.stream().map(u -> new IntentAnalytics.Unmet(u.intent(), u.category(), u.conversations(), u.zeroResult(), u.relaxed(),
                u.abandoned(), examples.getOrDefault(u.category() + "\u0000" + u.intent(), List.of()))).toList();
    }

    /** A turn as analytics reads it: no entity, only the columns it counts. */
    public record Turn(UUID conversation, int turn, Instant occurredAt, String category, String intent, String constraintFields,
                       String constraintWords, String uncoveredWords, boolean showedNothing, int relaxations) {
    }

    /** "blenders: attr.noise + price": the category and the constraint fields asked for together. */
    private static String intent(String category, List<String> constraintFields) {
        Set<String> fields = new TreeSet<>(constraintFields);
        fields.remove("category");
        String term = category + ": " + (fields.isEmpty() ? "(no constraints)" : String.join(" + ", fields));
        return term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term;
    }

    private static String normal(String word) {
        String w = SPACES.matcher(word.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w;
    }

    private static Tally tally(Map<IntentDaily.Key, Tally> tallies, LocalDate day, String category, String kind, String term, UUID conversation) {
        Tally tally = tallies.computeIfAbsent(new IntentDaily.Key(day, category, kind, term), k -> new Tally());
        tally.conversations.add(conversation);
        tally.turns++;
        return tally;
    }

    private static final class Tally {
        final Set<UUID> conversations = new HashSet<>();
        final Set<UUID> abandonedIn = new HashSet<>();
        int turns;
        int zeroResult;
        int relaxed;
    }

    private static final class Sum {
        final String term;
        final String category;
        final long[] daily;
        long conversations;
        long turns;
        long previous;
        long zeroResult;
        long relaxed;
        long abandoned;

        Sum(String term, String category, int days) {
            this.term = term;
            this.category = category;
            this.daily = new long[days];
        }
    }
}
