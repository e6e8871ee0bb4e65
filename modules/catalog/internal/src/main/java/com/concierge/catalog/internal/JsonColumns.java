package com.concierge.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;
import java.util.List;
import java.util.Map;

/**
 * JSON in a VARCHAR column, for values that are always read and written with their product
 * (never queried by SQL): the same DDL works on H2 and PostgreSQL.
 *
 * <p>The converted values are treated as immutable ({@link Immutable}): Hibernate keeps the loaded
 * value as its snapshot instead of a deep copy (which cost a JSON write and read per column for
 * every product loaded or stored), and sees a change when the field holds a different value.
 * So never mutate these collections in place; assign a new one ({@code product.bullets = new
 * ArrayList<>(...)}), as every writer does.
 */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private JsonColumns() {
    }

    private abstract static class Json<T> implements AttributeConverter<T, String> {
        private final TypeReference<T> type;
        private final String empty;

        Json(TypeReference<T> type, String empty) {
            this.type = type;
            this.empty = empty;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            if (value == null) {
                return empty;
            }
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
            }
        }

        @Override
        public T convertToEntityAttribute(String column) {
            try {
                return JSON.readValue(column == null || column.isBlank() ? empty : column, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored JSON is not readable: " + e.getOriginalMessage(), e);
            }
        }
    }

    @Converter
    @Immutable
    static final class Texts extends Json<List<String>> {
        Texts() {
            super(new TypeReference<List<String>>() {
            }, "[]");
        }
    }

    @Converter
    @Immutable
    static final class Options extends Json<Map<String, String>> {
        Options() {
            super(new TypeReference<Map<String, String>>() {
            }, "{}");
        }
    }

    @Converter
    @Immutable
    static final class Attributes extends Json<Map<String, StoredValue>> {
        Attributes() {
            super(new TypeReference<Map<String, StoredValue>>() {
            }, "{}");
        }
    }

    @Converter
    @Immutable
    static final class Labels extends Json<List<StoredLabel>> {
        Labels() {
            super(new TypeReference<List<StoredLabel>>() {
            }, "[]");
        }
    }
}
