/**
 * The assistant module: turns a shopper's words into constraints, recommends products it can
 * justify with a decision receipt, answers questions with citations, and refuses regulated topics.
 *
 * <p>Not built yet: the module exists so its boundaries are enforced from the first commit.
 * Tables will be prefixed {@code assistant_}.
 */
package com.concierge.assistant.api;
