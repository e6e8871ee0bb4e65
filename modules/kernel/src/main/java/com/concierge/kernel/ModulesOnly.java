package com.concierge.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A facade method other modules call for the store itself (answer audits, attribution, erasure),
 * which does not check who owns what it reads: the web layer never calls it on a shopper's behalf.
 * {@code ArchitectureTest.webNeverCallsModulesOnlyMethods} holds web to that.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ModulesOnly {
}
