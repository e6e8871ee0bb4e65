/** Implementation of the kernel's event plumbing; other modules use the interfaces in {@code kernel.events}. */
package com.concierge.kernel.internal;
