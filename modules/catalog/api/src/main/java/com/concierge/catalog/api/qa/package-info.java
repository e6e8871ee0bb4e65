/** Questions and answers about a product, with their source and date. */
package com.concierge.catalog.api.qa;
