package com.concierge.kernel.concurrency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @Transactional} method again when its transaction lost a race with another one (a
 * row it read changed before it committed, or a key it inserted was inserted first): two quick
 * edits of one cart, eight concurrent adds, two PUTs creating the same topic.
 * The retry reads the rows as they are now, so the second edit lands on top of the first instead of
 * failing. Only for methods that start their own transaction and whose effect may simply run again;
 * {@link ConflictRetries} says how often.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnConflict {
}
