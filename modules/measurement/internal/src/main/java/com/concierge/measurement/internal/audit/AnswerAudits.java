package com.concierge.measurement.internal.audit;

import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Recommendation;
import com.concierge.assistant.api.Turn;
import com.concierge.kernel.privacy.PersonalData;
import com.concierge.measurement.api.AuditItem;
import com.concierge.measurement.internal.JsonColumns;
import com.concierge.measurement.internal.intents.TurnRow;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The answer-audit queue (docs/answer-audits.md): every day a random sample of the previous day's
 * answers is copied into the queue (question redacted, answer as shown); a reviewer grades each
 * for accuracy, policy compliance and tone.
 */
@ApplicationScoped
public class AnswerAudits {

    private static final Logger LOG = Logger.getLogger(AnswerAudits.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final int MAX_COMMENT = 2000;

    private final Assistant assistant;
    private final JsonColumns json;
    private final int dailySample;
    private final Set<String> intents;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    AnswerAudits(Assistant assistant, JsonColumns json,
                 @ConfigProperty(name = "cc.measurement.audit.daily-sample", defaultValue = "20") int dailySample,
                 @ConfigProperty(name = "cc.measurement.audit.intents", defaultValue = "QUESTION,SHOP,REFINE,EDIT,COMPARE,DECIDE,ACTION,REFUSED,UNCLEAR")
                 List<String> intents) {
        this.assistant = assistant;
        this.json = json;
        this.dailySample = dailySample;
        this.intents = Set.copyOf(intents.stream().map(String::strip).toList());
    }

    /**
     * Fills the day's sample up to {@code cc.measurement.audit.daily-sample} items, drawn at random
     * from the day's answers not sampled yet; returns the items added.
     */
    @Transactional
    public List<AuditItem> sample(LocalDate day) {
        long have = AuditRecord.count("answeredOn", day);
        if (have >= dailySample) {
            return List.of();
        }
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Set<TurnRow.Key> sampled = new HashSet<>();
        AuditRecord.<AuditRecord>list("answeredOn", day).forEach(a -> sampled.add(new TurnRow.Key(a.conversation, a.turn)));
        // keys only: a busy day has hundreds of thousands of turns, and only a few are read in full
        List<TurnRow.Key> candidates = new ArrayList<>(TurnRow.getEntityManager().createQuery(
                        "select t.key from TurnRow t where t.occurredAt >= :from and t.occurredAt < :to and t.intent in :intents and t.text is not null",
                        TurnRow.Key.class)
                .setParameter("from", from).setParameter("to", to).setParameter("intents", intents).getResultList());
        candidates.removeAll(sampled);
        Collections.shuffle(candidates, random);
        List<AuditItem> added = new ArrayList<>();
        Instant now = clock.instant();
        for (TurnRow.Key key : candidates) {
            if (have + added.size() >= dailySample) {
                break;
            }
            TurnRow t = TurnRow.findById(key);
            Optional<Assistant.StoredTurn> stored = assistant.turn(t.key.conversation(), t.key.turn());
            if (stored.isEmpty()) {
                continue; // forgotten (erasure or retention) since
            }
            AuditRecord record = new AuditRecord();
            record.id = UUID.randomUUID();
            record.conversation = t.key.conversation();
            record.turn = t.key.turn();
            record.answeredOn = day;
            record.answeredAt = t.occurredAt;
            record.sampledAt = now;
            record.category = t.category;
            record.intent = t.intent;
            record.question = t.text;
            record.reply = json.write(shown(stored.get().reply()));
            record.status = AuditRecord.OPEN;
            record.persist();
            added.add(item(record));
        }
        return added;
    }

    @Scheduled(cron = "${cc.measurement.audit.cron:0 40 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sampleYesterday() {
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        try {
            LOG.infof("Answer audits: %d answers of %s sampled", sample(yesterday).size(), yesterday);
        } catch (RuntimeException e) {
            LOG.warnf("Answer audit sampling of %s failed, retried tomorrow: %s", yesterday, e.toString());
        }
    }

    /** The queue: items with the status (null: all), oldest answer first, at most {@code limit}. */
    @Transactional
    public List<AuditItem> queue(AuditItem.Status status, int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be between 1 and 500");
        }
        String order = " order by answeredAt, id";
        return (status == null ? AuditRecord.<AuditRecord>find("from AuditRecord" + order) : AuditRecord.<AuditRecord>find("status = ?1" + order,
                status.name())).page(0, limit).list().stream().map(this::item).toList();
    }

    @Transactional
    public long count(AuditItem.Status status) {
        return AuditRecord.count("status", status.name());
    }

    @Transactional
    public Optional<AuditItem> item(UUID id) {
        return AuditRecord.<AuditRecord>findByIdOptional(id).map(this::item);
    }

    /**
     * Grades an item (a second grade replaces the first: a correction); returns the day it
     * belongs to, whose audit KPIs change.
     *
     * @throws NoSuchElementException   for an unknown item
     * @throws IllegalArgumentException for a score outside 1..5 or a comment over 2,000 characters
     */
    @Transactional
    public AuditItem grade(UUID id, Integer accuracy, Integer policy, Integer tone, String comment, String reviewer) {
        score("accuracy", accuracy);
        score("policy", policy);
        score("tone", tone);
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment is over " + MAX_COMMENT + " characters");
        }
        AuditRecord record = AuditRecord.<AuditRecord>findByIdOptional(id).orElseThrow(() -> new NoSuchElementException("no audit item " + id));
        record.accuracy = accuracy;
        record.policy = policy;
        record.tone = tone;
        record.comment = comment == null || comment.isBlank() ? null : PersonalData.redact(comment.strip());
        record.gradedBy = reviewer;
        record.gradedAt = clock.instant();
        record.status = AuditRecord.GRADED;
        return item(record);
    }

    private static void score(String name, Integer value) {
        if (value == null || value < AuditItem.Grade.MIN || value > AuditItem.Grade.MAX) {
            throw new IllegalArgumentException(name + " must be a score from " + AuditItem.Grade.MIN + " to " + AuditItem.Grade.MAX
                    + (value == null ? "" : ", was " + value));
        }
    }

    /** What the shopper saw, without anything they typed but redacted. */
    private static Map<String, Object> shown(Turn turn) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("reply", PersonalData.redact(turn.reply()));
        if (turn.answer() != null) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("product", turn.answer().product());
            answer.put("known", turn.answer().known());
            answer.put("text", PersonalData.redact(turn.answer().text()));
            answer.put("citations", turn.answer().citations());
            shown.put("answer", answer);
        }
        if (!turn.recommendations().isEmpty()) {
            List<Map<String, Object>> recommendations = new ArrayList<>();
            for (Recommendation r : turn.recommendations()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("product", r.product());
                one.put("title", r.title());
                one.put("price", r.price());
                one.put("receipt", r.receipt().id());
                one.put("sponsored", r.sponsored());
                recommendations.add(one);
            }
            shown.put("recommendations", recommendations);
        }
        if (turn.comparison() != null) {
            shown.put("comparison", Map.of("verdict", turn.comparison().verdict()));
        }
        if (turn.refused() != null && turn.refused().refused()) {
            shown.put("refused", turn.refused().topic());
        }
        return shown;
    }

    private AuditItem item(AuditRecord r) {
        AuditItem.Grade grade = AuditRecord.GRADED.equals(r.status)
                ? new AuditItem.Grade(r.accuracy, r.policy, r.tone, r.comment, r.gradedBy, r.gradedAt) : null;
        return new AuditItem(r.id, r.conversation, r.turn, r.answeredOn, r.answeredAt, r.category, r.intent, r.question,
                r.reply == null ? null : json.read(r.reply, MAP), AuditItem.Status.valueOf(r.status), grade);
    }
}
