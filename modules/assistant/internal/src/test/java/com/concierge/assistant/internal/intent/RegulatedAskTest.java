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
    void aConditionWordNetOrItsMedicalEndingNamesIsHealthAndHelpingItIsAnAssurance() {
        // conditions from WordNet's hierarchy below ill health, symptom and injury, and by their endings
        assertThat(RegulatedAsk.topic("will a STEM kit help with my son's ADHD? he's 8")).hasValue("medical");
        assertThat(RegulatedAsk.topic("do noise cancelling headphones stop tinnitus from getting worse?")).hasValue("medical");
        assertThat(RegulatedAsk.topic("need running shoes that will fix my plantar fasciitis")).hasValue("medical");
        assertThat(RegulatedAsk.topic("which of your blenders will help me lose 10 pounds before my wedding")).hasValue("medical");
        assertThat(RegulatedAsk.topic("is the first one safe for her to chew on while she's teething?")).hasValue("safety-critical");
        assertThat(RegulatedAsk.topic("Is it safe to leave an air fryer running while I'm asleep?")).hasValue("safety-critical");
        assertThat(RegulatedAsk.topic("which knife is legal to carry in my pocket in the UK")).hasValue("legal-financial");
        // helping the shopper choose is no claim, and a condition said as the reason for a limit is a request
        for (String text : List.of("my mum has arthritis, can you help me find a light knife", "i have arthritis in my hands so nothing heavier than 3.5 kilos",
                "a blender that helps me find recipes", "cold brew coffee maker, is it safe in the dishwasher?")) {
            assertThat(RegulatedAsk.topic(text)).as(text).isEmpty();
        }
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
