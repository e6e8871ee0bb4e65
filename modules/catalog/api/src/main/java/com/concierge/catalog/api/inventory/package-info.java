/**
 * Stock of sellable variants: what checkout reads and changes. The catalog owns the count on hand
 * (the product feed sets it) and the count held by checkout reservations; every change is one
 * conditional SQL update in the caller's transaction, so stock cannot go below zero (ADR 11).
 */
package com.concierge.catalog.api.inventory;
