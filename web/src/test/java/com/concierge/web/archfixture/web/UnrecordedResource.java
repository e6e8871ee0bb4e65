package com.concierge.web.archfixture.web;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.HashMap;
import java.util.Map;

/**
 * Violation: an admin route that changes something without recording it in the change log. Its
 * annotations look like JAX-RS's to the rule but are not, so the test store does not serve it.
 */
@UnrecordedResource.Path("/api/admin/things")
public class UnrecordedResource {

    @Retention(RetentionPolicy.RUNTIME)
    @interface Path {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface PUT {
    }

    private final Map<String, String> things = new HashMap<>();

    @PUT
    @Path("/{id}")
    public void put(String id, String body) {
        things.put(id, body);
    }
}
