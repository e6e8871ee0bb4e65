package com.concierge.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an admin or ops route that writes without being a person's change (or a POST that only
 * computes, such as a preview), so it is not in the change log ({@link Changes}); the reason says
 * why. ArchitectureTest requires every other such route to record through {@link Changes}.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NotAChange {

    /** Why the route is not a change a person makes. */
    String value();
}
