package com.concierge.measurement.internal.analytics;

import com.concierge.measurement.api.IntentRecord;
import com.concierge.measurement.api.SponsoredDelivery;
import com.concierge.measurement.internal.Rows;
import com.concierge.measurement.internal.intents.CartAddRow;
import com.concierge.measurement.internal.intents.IntentRecords;
import com.concierge.measurement.internal.intents.TurnRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The sponsored-placement ledger (docs/console.md#sponsored-placements): per sponsored product and
 * day, how often the assistant showed it with its sponsored label, in how many conversations, and
 * how many of those conversations then added it to a cart. Read from the turns' shown cards, which
 * record the label as the shopper saw it, so a sponsorship ended since keeps its lines. A cart add
 * counts on the day of the first sponsored card of that product in its conversation, and only when
 * it came after that card.
 */
@ApplicationScoped
public class SponsoredLedger {

    /** The shown column is written without spaces ({@code "sponsored":true}); the turns with none are not read. */
    private static final String SPONSORED_SHOWN = "%\"sponsored\":true%";

    private final IntentRecords records;

    SponsoredLedger(IntentRecords records) {
        this.records = records;
    }

    @Transactional
    public List<SponsoredDelivery> between(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Key, Line> lines = new HashMap<>();
        Map<Shown, Instant> firstShown = new HashMap<>();
        List<TurnRow> turns = TurnRow.list("occurredAt >= ?1 and occurredAt < ?2 and shown like ?3 order by occurredAt", start, end, SPONSORED_SHOWN);
        for (TurnRow turn : turns) {
            LocalDate day = LocalDate.ofInstant(turn.occurredAt, ZoneOffset.UTC);
            for (IntentRecord.Shown card : records.message(turn).shown()) {
                if (!card.sponsored() || card.product() == null) {
                    continue;
                }
                Line line = lines.computeIfAbsent(new Key(day, card.product()), k -> new Line());
                line.impressions++;
                line.conversations.add(turn.key.conversation());
                firstShown.putIfAbsent(new Shown(turn.key.conversation(), card.product()), turn.occurredAt);
            }
        }
        Set<UUID> conversations = new HashSet<>();
        firstShown.keySet().forEach(s -> conversations.add(s.conversation()));
        for (List<UUID> chunk : Rows.chunks(conversations)) {
            List<CartAddRow> adds = CartAddRow.list("occurredAt >= ?1 and conversation in ?2", start, chunk);
            for (CartAddRow add : adds) {
                Instant shownAt = firstShown.get(new Shown(add.conversation, add.product));
                if (shownAt != null && !add.occurredAt.isBefore(shownAt)) {
                    lines.get(new Key(LocalDate.ofInstant(shownAt, ZoneOffset.UTC), add.product)).cartAdds++;
                }
            }
        }
        List<SponsoredDelivery> ledger = new ArrayList<>(lines.size());
        lines.forEach((key, line) -> ledger.add(new SponsoredDelivery(key.product(), key.day(), line.impressions, line.conversations.size(),
                line.cartAdds)));
        ledger.sort(Comparator.comparing(SponsoredDelivery::day).reversed()
                .thenComparing(Comparator.comparingInt(SponsoredDelivery::impressions).reversed())
                .thenComparing(SponsoredDelivery::product));
        return ledger;
    }

    private record Key(LocalDate day, UUID product) {
    }

    private record Shown(UUID conversation, UUID product) {
    }

    private static final class Line {
        int impressions;
        final Set<UUID> conversations = new HashSet<>();
        int cartAdds;
    }
}
