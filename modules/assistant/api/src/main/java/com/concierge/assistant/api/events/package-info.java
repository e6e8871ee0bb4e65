/** Events the assistant publishes. */
package com.concierge.assistant.api.events;
