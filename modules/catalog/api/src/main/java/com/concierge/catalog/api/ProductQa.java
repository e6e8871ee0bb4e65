package com.concierge.catalog.api;

import com.concierge.catalog.api.qa.NewQaEntry;
import com.concierge.catalog.api.qa.QaEntry;
import java.util.List;
import java.util.UUID;

/**
 * Questions and answers about products, as stored.
 * Part of {@link Catalog}.
 */
public interface ProductQa {

    /**
     * Records a question and answer about a product.
     *
     * @throws java.util.NoSuchElementException when the product does not exist
     */
    QaEntry addQa(UUID product, NewQaEntry entry);

    /** A product's questions and answers, newest answer first. */
    List<QaEntry> qa(UUID product);
}
