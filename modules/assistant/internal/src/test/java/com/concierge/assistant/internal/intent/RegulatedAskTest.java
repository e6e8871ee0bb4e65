package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests for the store to vouch for health, a baby's safety, fire safety or the law, and requests that only mention them. */
class RegulatedAskTest {

    @Test
    void aRequestToVouchForHealthSafetyOrTheLawIsRegulated() {
        assertThat(RegulatedAsk.topic("will this air fryer help me lose weight?")).hasValue("medical");
        assertThat(RegulatedAsk.topic("a juicer that burns fat")).hasValue("medical");
        assertThat(RegulatedAsk.topic("does a glass jar mean no allergies for my kid?")).hasValue("medical");
        assertThat(RegulatedAsk.topic("can these earbuds protect my hearing at concerts?")).hasValue("medical");
        assertThat(RegulatedAsk.topic("is this rattle safe for a newborn?")).hasValue("safety-critical");
        assertThat(RegulatedAsk.topic("is the humidifier safe for my 3 month old overnight?")).hasValue("safety-critical");
        assertThat(RegulatedAsk.topic("a heater guaranteed never to catch fire")).hasValue("safety-critical");
        assertThat(RegulatedAsk.topic("is it legal to fly a drone in the park?")).hasValue("legal-financial");
    }

    @Test
    void aRequestThatOnlyMentionsOneIsNot() {
        for (String text : List.of("I'm allergic to plastic, so a glass jar please", "does it have HEPA? my son has asthma",
                "quiet blender, the baby sleeps upstairs", "toys safe for toddlers, no small parts", "is it dishwasher safe?",
                "can you help me find a blender for my diet smoothies", "what is the warranty?", "is it allowed in the dishwasher?",
                "carry-on that fits the airline's size rules")) {
            assertThat(RegulatedAsk.topic(text)).as(text).isEmpty();
        }
    }
}
