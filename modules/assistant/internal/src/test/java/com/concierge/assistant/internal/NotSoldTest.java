package com.concierge.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.internal.intent.IntentParser;
import com.concierge.assistant.internal.intent.IntentParserTest;
import com.concierge.assistant.internal.intent.Meanings;
import com.concierge.assistant.internal.intent.Reading;
import com.concierge.assistant.internal.intent.Vocabulary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request for something no category sells is answered as such, not with the generic prompt. */
class NotSoldTest {

    private static Reading read(String text) {
        return new IntentParser(IntentParserTest.VOCABULARY, Meanings.NONE).read(text, null, List.of());
    }

    @Test
    void anEnglishRequestForSomethingNoCategoryHasIsNotSold() {
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("i need a laptop for school"))).contains("laptop");
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("electric kettle"))).contains("electric kettle");
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("toaster under $40"))).as("a limit does not make it sold").contains("toaster");
    }

    @Test
    void aWordTheStoreUsesElsewhereOrAnInterjectionIsNotAThingItLacks() {
        // said in a conversation about something else: a word of another category, not an unsold product
        Reading plastic = new IntentParser(IntentParserTest.VOCABULARY, Meanings.NONE).read("oh and it should be plastic", "air-fryers", List.of());
        assertThat(plastic.unknown()).as("air fryers have no material").contains("plastic");
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, plastic)).isEmpty();
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("oh, and a toaster too"))).contains("toaster");
    }

    @Test
    void thePersonAGiftIsForIsNeverAThingTheStoreLacks() {
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("gift for my dad, he loves gardening"))).isEmpty();
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("something for my boss, around 30 bucks"))).isEmpty();
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("do you sell laptops? for my son"))).contains("laptops");
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("an electric kettle for my mum"))).contains("electric kettle");
    }

    @Test
    void greetingsProductsWeSellAndOtherLanguagesAreNot() {
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("hi there"))).isEmpty();
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("a quiet blender under $100"))).isEmpty();
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("busco una licuadora silenciosa por menos de cien euros"))).isEmpty();
    }

    @Test
    void aThingForTheProductTheShopperHasIsThatThingNotTheProduct() {
        // what follows "for my" is what the shopper has; neither it nor its brand makes the thing sold here
        Reading mats = read("silicone mats for my Calma blender");
        assertThat(mats.category()).isNull();
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, mats)).contains("silicone mats");
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("do you have covers for the air fryer?"))).contains("covers");
    }

    @Test
    void aPartTheStoreSellsOrAWordAboutTheProductKeepsItsCategory() {
        assertThat(read("a replacement jar for my blender").category()).isEqualTo("blender-parts");
        assertThat(read("the best deals for the blender under $100").category()).isEqualTo("blenders");
        assertThat(read("a blender for my kitchen").category()).isEqualTo("blenders");
        assertThat(read("something for my blender").category()).isEqualTo("blenders");
        assertThat(read("lids for my blender").category()).as("the store sells lids").isEqualTo("blender-parts");
    }

    @Test
    void aWordTheProductsUseIsNotAnUnsoldThing() {
        Vocabulary trays = new Vocabulary(IntentParserTest.VOCABULARY.categories(), IntentParserTest.VOCABULARY.synonyms(), Set.of("tray"));
        Reading tray = new IntentParser(trays, Meanings.NONE).read("a tray for my air fryer", null, List.of());
        assertThat(tray.category()).as("a product's title or description says tray").isEqualTo("air-fryers");
        assertThat(AssistantService.notSold(trays, tray)).isEmpty();
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("a tray for my air fryer"))).contains("tray");
    }
}
