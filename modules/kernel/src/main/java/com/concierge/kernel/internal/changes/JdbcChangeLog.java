package com.concierge.kernel.internal.changes;

import com.concierge.kernel.Timestamps;
import com.concierge.kernel.changes.Change;
import com.concierge.kernel.changes.ChangeLog;
import com.concierge.kernel.changes.ChangeQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The change log in {@code kernel_change_log}: inserts and reads, never an update or a delete. */
@ApplicationScoped
class JdbcChangeLog implements ChangeLog {

    private static final String COLUMNS =
            "id, changed_at, actor_subject, actor_name, via, action, subject_kind, subject_id, before_state, after_state";

    private final EntityManager entityManager;

    JdbcChangeLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Change record(Change change) {
        long id = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kernel_change_log (changed_at, actor_subject, "
                    + "actor_name, via, action, subject_kind, subject_id, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                insert.setObject(1, change.at().atOffset(ZoneOffset.UTC));
                insert.setString(2, change.actorSubject());
                insert.setString(3, change.actorName());
                insert.setString(4, change.via());
                insert.setString(5, change.action());
                insert.setString(6, change.kind());
                insert.setString(7, change.subjectId());
                insert.setString(8, change.before());
                insert.setString(9, change.after());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Change(id, change.at(), change.actorSubject(), change.actorName(), change.via(), change.action(),
                change.kind(), change.subjectId(), change.before(), change.after());
    }

    @Override
    @Transactional
    public List<Change> find(ChangeQuery query) {
        Where where = Where.of(query);
        Query select = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM kernel_change_log" + where.sql
                + " ORDER BY id DESC OFFSET " + query.offset() + " ROWS FETCH FIRST " + query.limit() + " ROWS ONLY");
        where.bind(select);
        List<Change> changes = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] c = (Object[]) row;
            changes.add(new Change(((Number) c[0]).longValue(), Timestamps.instant(c[1]), (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5], (String) c[6], (String) c[7], (String) c[8], (String) c[9]));
        }
        return changes;
    }

    @Override
    @Transactional
    public long count(ChangeQuery query) {
        Where where = Where.of(query);
        Query count = entityManager.createNativeQuery("SELECT COUNT(*) FROM kernel_change_log" + where.sql);
        where.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The WHERE clause of a query and its parameters, in order. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(ChangeQuery query) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            if (query.actor() != null) {
                parameters.add(query.actor());
                parameters.add(query.actor());
                conditions.add("(actor_name = ?" + (parameters.size() - 1) + " OR actor_subject = ?" + parameters.size() + ")");
            }
            if (query.kind() != null) {
                parameters.add(query.kind());
                conditions.add("subject_kind = ?" + parameters.size());
            }
            if (query.subjectId() != null) {
                parameters.add(query.subjectId());
                conditions.add("subject_id = ?" + parameters.size());
            }
            if (query.from() != null) {
                parameters.add(query.from());
                conditions.add("changed_at >= ?" + parameters.size());
            }
            if (query.to() != null) {
                parameters.add(query.to());
                conditions.add("changed_at < ?" + parameters.size());
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
        }

        void bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
        }
    }
}
