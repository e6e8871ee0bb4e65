package com.concierge.catalog.internal.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** Analysis the product index needs beyond OpenSearch's built-ins: a case- and accent-blind normalizer for sorting. */
@SearchExtension
public class CatalogAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.normalizer("lowercase").custom().tokenFilters("lowercase", "asciifolding");
    }
}
