package com.concierge.measurement.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Rows handed to PostgreSQL as one array per column, for a statement that reads them with
 * {@code unnest(?, ?, …)}: a whole batch is one statement with one parameter per column, whose
 * plan does not depend on the batch's size, instead of a row of parameters per row. Times go as
 * ISO-8601 text and are cast in the statement.
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
            columns[column][rows] = row[column];
        }
        rows++;
    }

    /** Binds the columns, as arrays of the rows added, to the parameters from {@code first} on. */
    public void bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
        for (int column = 0; column < types.length; column++) {
            Object[] values = rows == columns[column].length ? columns[column] : Arrays.copyOf(columns[column], rows);
            statement.setArray(first + column, connection.createArrayOf(types[column], values));
        }
    }
}
