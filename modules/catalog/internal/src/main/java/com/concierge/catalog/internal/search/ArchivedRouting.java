package com.concierge.catalog.internal.search;

import com.concierge.catalog.internal.Product;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** An archived product has no search document: archiving removes it, restoring writes it again. */
public class ArchivedRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("archivedAt");
        context.bridge(Product.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Product> {
        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Product product, RoutingBridgeRouteContext context) {
            if (product.archivedAt == null) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Product product, RoutingBridgeRouteContext context) {
            routes.addRoute(); // the one route a document can have had: removed when the product is archived
        }
    }
}
