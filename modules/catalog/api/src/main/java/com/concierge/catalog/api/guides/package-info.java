/**
 * Setup guides and troubleshooting trees as catalog content (docs/postpurchase.md#setup-and-troubleshooting):
 * {@link com.concierge.catalog.api.guides.Guide}, read and written through
 * {@link com.concierge.catalog.api.ProductGuides}.
 */
package com.concierge.catalog.api.guides;
