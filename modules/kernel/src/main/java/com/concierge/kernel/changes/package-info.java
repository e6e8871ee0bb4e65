/**
 * The change log: who changed what through the console or the admin and ops APIs, when, with the
 * state before and after. Append-only; docs/console.md#change-log.
 */
package com.concierge.kernel.changes;
