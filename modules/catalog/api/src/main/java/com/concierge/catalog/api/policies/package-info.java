/**
 * Return and warranty policies as data: scopes, policies, the item a question is about and the
 * answer with its reason. The catalog's internal {@code PolicyBook} is the one function every
 * surface (product page, assistant, post-purchase) will reach through the catalog facade to answer
 * "may this item be returned on date D in region R, and why".
 */
package com.concierge.catalog.api.policies;
