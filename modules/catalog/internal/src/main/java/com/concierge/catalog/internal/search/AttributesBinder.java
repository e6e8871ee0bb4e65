package com.concierge.catalog.internal.search;

import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.internal.StoredValue;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

/**
 * Indexes a product's attributes as dynamic fields under {@code attr}: numbers as
 * {@code attr.n_<key>} (canonical unit, filterable, sortable, range facets), enum, list and boolean
 * values as {@code attr.t_<key>} (exact terms, term facets). A category can add attributes without
 * a new index mapping.
 */
public class AttributesBinder implements PropertyBinder {

    public static final String OBJECT = "attr";
    public static final String NUMBER_PREFIX = "n_";
    public static final String TERM_PREFIX = "t_";

    /** The index field holding attribute {@code key} of this type, relative to the document root. */
    public static String field(String key, AttributeType type) {
        return OBJECT + "." + (type == AttributeType.NUMBER ? NUMBER_PREFIX : TERM_PREFIX) + key;
    }

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaObjectField attributes = context.indexSchemaElement().objectField(OBJECT);
        attributes.fieldTemplate("numbers", f -> f.asDouble().searchable(Searchable.YES).aggregable(Aggregable.YES)
                .sortable(Sortable.YES).projectable(Projectable.NO)).matchingPathGlob(NUMBER_PREFIX + "*");
        attributes.fieldTemplate("terms", f -> f.asString().searchable(Searchable.YES).aggregable(Aggregable.YES)
                .projectable(Projectable.NO)).matchingPathGlob(TERM_PREFIX + "*").multiValued();
        context.bridge(Map.class, new Bridge(attributes.toReference()));
    }

    @SuppressWarnings("rawtypes")
    private static final class Bridge implements PropertyBridge<Map> {
        private final IndexObjectFieldReference attributes;

        Bridge(IndexObjectFieldReference attributes) {
            this.attributes = attributes;
        }

        @Override
        public void write(DocumentElement target, Map bridgedElement, PropertyBridgeWriteContext context) {
            DocumentElement object = target.addObject(attributes);
            @SuppressWarnings("unchecked")
            Map<String, StoredValue> values = bridgedElement;
            values.forEach((key, value) -> {
                if (value.type() == AttributeType.NUMBER) {
                    object.addValue(NUMBER_PREFIX + key, value.number().doubleValue());
                } else {
                    value.terms().forEach(term -> object.addValue(TERM_PREFIX + key, term));
                }
            });
        }
    }
}
