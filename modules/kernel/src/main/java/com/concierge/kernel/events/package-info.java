/**
 * Integration events between modules, delivered through a transactional outbox.
 *
 * <ul>
 *   <li>An event is a past-tense record in the publishing module's {@code api.events} package that
 *       implements {@link com.concierge.kernel.events.IntegrationEvent} and names its channel in a
 *       {@code CHANNEL} constant ({@code <module>-<event>} in kebab case).</li>
 *   <li>{@link com.concierge.kernel.events.EventPublisher#publish} writes an outbox row inside the
 *       caller's transaction: a rollback publishes nothing.</li>
 *   <li>The relay sends committed rows to their channel through the publishing module's
 *       {@link com.concierge.kernel.events.EventRoute} and marks them sent once every consumer
 *       acknowledged; a crash in between delivers again after restart.</li>
 *   <li>Consumers call {@link com.concierge.kernel.events.Inbox#firstDelivery} in their own
 *       transaction and skip duplicates, so effects happen once.</li>
 * </ul>
 */
package com.concierge.kernel.events;
