/**
 * The assistant module: turns a shopper's words into constraints, recommends products it can
 * justify with a decision receipt, answers questions with citations, and refuses regulated topics.
 *
 * <p>Facade: {@link com.concierge.assistant.api.Assistant}. Tables are prefixed {@code assistant_}.
 */
package com.concierge.assistant.api;
