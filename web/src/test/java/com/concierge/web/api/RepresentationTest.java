package com.concierge.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The validators a kept answer carries: a client's copy stays valid exactly as long as the bytes do. */
class RepresentationTest {

    private static final Instant FIRST = Instant.parse("2026-12-03T10:00:00.750Z");
    private static final Instant LATER = Instant.parse("2026-12-03T10:00:07Z");

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theTagFollowsTheBytesAndTheTimeIsWholeSeconds() {
        Representation a = Representation.of(json("{\"price\":19900}"), FIRST);
        assertThat(a.etag()).isEqualTo(Representation.of(json("{\"price\":19900}"), LATER).etag())
                .isNotEqualTo(Representation.of(json("{\"price\":12900}"), FIRST).etag())
                .matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(a.lastModified()).as("HTTP dates carry whole seconds").isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void readAgainTheSameBytesKeepTheirFirstTimeNewBytesGetANewOne() {
        Representation first = Representation.of(json("{\"stock\":7}"), FIRST);
        assertThat(first.seenAgain(json("{\"stock\":7}"), LATER)).isSameAs(first);
        Representation changed = first.seenAgain(json("{\"stock\":0}"), LATER);
        assertThat(changed.lastModified()).isEqualTo(LATER);
        assertThat(changed.etag()).isNotEqualTo(first.etag());
    }
}
