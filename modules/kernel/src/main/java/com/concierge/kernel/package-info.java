/**
 * The shared kernel: value types every module may use ({@link com.concierge.kernel.Money}) and the
 * plumbing of integration events ({@link com.concierge.kernel.events}). It holds no business rules.
 *
 * <p>Tables: {@code kernel_outbox} (events waiting for delivery) and {@code kernel_inbox}
 * (event ids each consumer has processed). Publishes and consumes no events of its own.
 */
package com.concierge.kernel;
