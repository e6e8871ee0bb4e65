/**
 * Deliberate violations of every architecture rule, arranged like modules under a root of their
 * own. ArchitectureTest checks each rule against these classes and expects it to fail: a rule
 * that cannot fail proves nothing.
 */
package com.concierge.web.archfixture;
