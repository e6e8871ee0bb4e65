package com.concierge.measurement.internal;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Plain JDBC reads on the transaction's connection: the recompute of a day (hundreds of thousands
 * of rows: no entities, no snapshots, only the columns asked for), and lookups by many ids, in IN
 * lists of at most {@value #IN_LIST}.
 */
public final class Rows {

    /** Ids per IN list. */
    private static final int IN_LIST = 1000;

    private Rows() {
    }

    @FunctionalInterface
    public interface Reader {
        void read(ResultSet row) throws SQLException;
    }

    /** Ids split for IN lists of at most {@value #IN_LIST}. */
    public static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return chunks;
    }

    /** Runs {@code sql}, which ends in "IN ", once per {@link #chunks chunk} of {@code ids}, handing each row to {@code reader}. */
    public static void eachIn(Connection connection, String sql, Collection<UUID> ids, Reader reader) throws SQLException {
        for (List<UUID> chunk : chunks(ids)) {
            try (PreparedStatement query = connection.prepareStatement(sql + "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }
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
