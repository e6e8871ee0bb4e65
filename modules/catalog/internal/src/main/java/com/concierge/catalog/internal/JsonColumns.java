package com.concierge.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;

/**
 * JSON in a VARCHAR column, for values that are always read and written with their product
 * (never queried by SQL): the same DDL works on H2 and PostgreSQL.
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
    static final class Texts extends Json<List<String>> {
        Texts() {
            super(new TypeReference<List<String>>() {
            }, "[]");
        }
    }

    @Converter
    static final class Options extends Json<Map<String, String>> {
        Options() {
            super(new TypeReference<Map<String, String>>() {
            }, "{}");
        }
    }

    @Converter
    static final class Attributes extends Json<Map<String, StoredValue>> {
        Attributes() {
            super(new TypeReference<Map<String, StoredValue>>() {
            }, "{}");
        }
    }

    @Converter
    static final class Labels extends Json<List<StoredLabel>> {
        Labels() {
            super(new TypeReference<List<StoredLabel>>() {
            }, "[]");
        }
    }
}
