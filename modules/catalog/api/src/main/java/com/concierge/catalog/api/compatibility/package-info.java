/** The compatibility graph: typed edges between products, read from either end. */
package com.concierge.catalog.api.compatibility;
