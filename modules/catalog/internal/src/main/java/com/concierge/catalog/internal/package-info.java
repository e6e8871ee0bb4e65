/** Catalog implementation; only {@code catalog.api} is for other modules. */
package com.concierge.catalog.internal;
