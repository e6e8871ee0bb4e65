package com.concierge.measurement.internal;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Reads many rows with plain JDBC on the transaction's connection, for the recompute of a day
 * (hundreds of thousands of rows): no entities, no snapshots, only the columns asked for.
 */
public final class Rows {

    private Rows() {
    }

    @FunctionalInterface
    public interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The rows of {@code sql}, with {@code parameters} bound in order ({@link Instant}s as UTC timestamps). */
    public static <T> List<T> list(EntityManager entityManager, String sql, List<?> parameters, Mapper<T> mapper) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(5_000); // PostgreSQL streams in pieces instead of holding the whole result twice
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    query.setObject(i + 1, value instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : value);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
                return rows;
            }
        });
    }

    /** A timestamp column as an instant; null stays null. */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
