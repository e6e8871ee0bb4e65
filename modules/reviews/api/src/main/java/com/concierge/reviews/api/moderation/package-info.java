/** The human review queue for review content: safety statements, defect patterns, contradictions. */
package com.concierge.reviews.api.moderation;
