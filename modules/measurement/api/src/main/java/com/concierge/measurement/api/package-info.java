/**
 * The measurement module: the retailer's own record of what shoppers asked and what happened
 * after, and the KPIs computed from it.
 *
 * <p>Consumes every integration event (today: {@code ProductPublished}) into its event log,
 * idempotently. Tables are prefixed {@code measurement_}. Publishes nothing.
 */
package com.concierge.measurement.api;
