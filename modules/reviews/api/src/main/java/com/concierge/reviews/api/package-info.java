/**
 * The reviews module's records: statements read from review text, pros and cons per aspect with
 * citations to the exact review spans.
 */
package com.concierge.reviews.api;
