/** Measurement implementation; only {@code measurement.api} is for other modules. */
package com.concierge.measurement.internal;
