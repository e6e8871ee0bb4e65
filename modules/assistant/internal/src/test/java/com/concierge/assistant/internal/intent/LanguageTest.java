package com.concierge.assistant.internal.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Another language is told apart from English, and short English requests are not taken for one. */
class LanguageTest {

    private static final Spelling SPELLING = Spelling.of(IntentParserTest.VOCABULARY, IntentParser.grammar());

    @Test
    void requestsInOtherLanguagesAreRecognised() {
        assertThat(Language.notEnglish("Busco una licuadora silenciosa que cueste menos de cien dólares", SPELLING)).contains("Spanish");
        assertThat(Language.notEnglish("Ich suche einen leisen Mixer für weniger als hundert Euro", SPELLING)).contains("German");
        assertThat(Language.notEnglish("Je cherche un mixeur silencieux pour moins de cent euros", SPELLING)).contains("French");
        // "de", "en" and "cm" are abbreviations in WordNet: words that short say nothing about the language
        assertThat(Language.notEnglish("couteau de chef de 20 cm en acier damassé", SPELLING)).contains("French");
    }

    @Test
    void shortOrStoreWordedEnglishIsEnglish() {
        assertThat(Language.notEnglish("stainless steel jar", SPELLING)).isEmpty();
        assertThat(Language.notEnglish("glass jar blender, quiet", SPELLING)).isEmpty();
        assertThat(Language.notEnglish("Calma 900", SPELLING)).isEmpty();
        assertThat(Language.notEnglish("need a blender for my grandma", SPELLING)).isEmpty();
        // blind corpus rv-0078, rv-0024: n-grams took these for French; WordNet knows their words
        assertThat(Language.notEnglish("lightest possible", SPELLING)).isEmpty();
        assertThat(Language.notEnglish("quietest possible", SPELLING)).isEmpty();
    }
}
