/** Assistant implementation; only {@code assistant.api} is for other modules. */
package com.concierge.assistant.internal;
