/**
 * The catalog import's report: which rows were accepted and, for every refused row, each problem
 * with its row number, field and reason (docs/catalog-import.md).
 */
package com.concierge.catalog.api.imports;
