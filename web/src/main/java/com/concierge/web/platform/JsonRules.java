package com.concierge.web.platform;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How the store reads and writes JSON, for every API and every module's stored JSON (one mapper):
 * <ul>
 * <li>a field given twice ({@code {"text":"a","text":"b"}}) is refused, not "the last one wins";</li>
 * <li>an enum is its name, never its position ({@code "kind": 0} is refused);</li>
 * <li>a whole number is whole: {@code "quantity": 1.5} is refused, not cut to 1;</li>
 * <li>decimals are written as people write them ({@code 700}, {@code 1400}, {@code 1892.7}), never in
 *     E-notation ({@code 7E+2}).</li>
 * </ul>
 * A body these refuse is a 400 problem naming the field (ProblemMappers).
 */
@Singleton
class JsonRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
