/** Post-purchase implementation; only {@code postpurchase.api} is for other modules. */
package com.concierge.postpurchase.internal;
