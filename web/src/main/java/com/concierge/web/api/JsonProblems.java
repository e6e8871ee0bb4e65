package com.concierge.web.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What was wrong with a JSON body, said to the caller in their terms: the field and what it must
 * be ("'quantity' must be a whole number"), never Jackson's class names.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static String detail(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return "The body gives a field twice (" + e.getOriginalMessage().substring("Duplicate field ".length())
                    + "): send each field once.";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null && !field.isEmpty()) {
            Object value = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            return "'" + field + "' must be " + expected(mismatch.getTargetType()) + (value == null ? "" : ", not " + value) + ".";
        }
        if (e instanceof JsonParseException) {
            return "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").";
        }
        return field.isEmpty() ? "The body does not have the shape this request takes; see the API reference (/q/swagger-ui)."
                : "'" + field + "' is not valid here; see the API reference (/q/swagger-ui).";
    }

    /** "lines[2].quantity" from Jackson's path. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == java.util.UUID.class) {
            return type == String.class ? "text" : "an id (a UUID)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object (" + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ")";
    }
}
