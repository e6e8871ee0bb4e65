package com.concierge.measurement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Rows handed to PostgreSQL as one array per column, for a statement that reads them with
 * {@code unnest(?, ?, …)}: a whole batch is one statement with one parameter per column, whose
 * plan does not depend on the batch's size, instead of a row of parameters per row. Instants go as
 * ISO-8601 text, which the statement casts.
 */
public final class ColumnArrays {

    private final String[] types;
    private final Object[][] columns;
    private int rows;

    /** Room for {@code capacity} rows of columns of the given PostgreSQL element types ({@code uuid}, {@code text}, {@code int4}, …). */
    public ColumnArrays(int capacity, String... types) {
        this.types = types.clone();
        this.columns = new Object[types.length][capacity];
    }

    /** Adds a row, one value per column in the order of the types; null is SQL NULL. */
    public void add(Object... row) {
        if (row.length != types.length) {
            throw new IllegalArgumentException("a row of " + row.length + " values for " + types.length + " columns");
        }
        if (rows == columns[0].length) {
            throw new IllegalStateException("more rows than the " + rows + " given room for");
        }
        for (int column = 0; column < row.length; column++) {
            columns[column][rows] = row[column] instanceof Instant at ? at.toString() : row[column];
        }
        rows++;
    }

    /**
     * Runs {@code sql}, an insert that returns keys, with the {@code leading} values bound first and
     * then the columns as arrays; the keys it returns, read by {@code key}. No rows, no statement.
     */
    public <K> Set<K> insertReturning(Connection connection, String sql, Rows.Mapper<K> key, Object... leading) throws SQLException {
        Set<K> written = new HashSet<>();
        if (rows == 0) {
            return written;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < leading.length; i++) {
                insert.setObject(i + 1, leading[i]);
            }
            bind(connection, insert, leading.length + 1);
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    written.add(key.map(inserted));
                }
            }
        }
        return written;
    }

    /** Binds the columns, as arrays of the rows added, to the parameters from {@code first} on. */
    public void bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
        for (int column = 0; column < types.length; column++) {
            Object[] values = rows == columns[column].length ? columns[column] : Arrays.copyOf(columns[column], rows);
            statement.setArray(first + column, connection.createArrayOf(types[column], values));
        }
    }
}
