package com.concierge.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.internal.intent.IntentParser;
import com.concierge.assistant.internal.intent.IntentParserTest;
import com.concierge.assistant.internal.intent.Meanings;
import com.concierge.assistant.internal.intent.Reading;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.search.Synonym;
import java.util.List;
import java.util.Map;
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
    void aQuestionAskingForAThingWithNothingShownIsThatRequest() {
        // "one" and "it" point at nothing on screen: the thing asked for is what they mean
        Reading kettles = read("do you guys sell electric kettles? need one that boils 1.7 litres");
        assertThat(kettles.kind()).isNotEqualTo(Reading.Kind.QUESTION);
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, kettles)).hasValueSatisfying(t -> assertThat(t).contains("kettles"));
        Reading frames = read("Do you have digital photo frames? It's for my grandparents' anniversary.");
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, frames)).hasValueSatisfying(t -> assertThat(t).contains("frames"));
        // a number or "w" (with) after the thing's name is no word of the store, though titles have "3-Quart" and "1000 W"
        Vocabulary titled = new Vocabulary(IntentParserTest.VOCABULARY.categories(), IntentParserTest.VOCABULARY.synonyms(), Set.of("3", "quart", "w"));
        for (String said : List.of("kids scooter 3 wheels for a 4 yr old", "toddler scooter w 3 wheels for my 2yo")) {
            assertThat(new IntentParser(titled, Meanings.NONE).read(said, null, List.of()).unsold()).as(said)
                    .anySatisfy(t -> assertThat(t).contains("scooter"));
        }
    }

    @Test
    void aStockQuestionSaidLooselyOrAfterAGreetingAsksForItsThing() {
        // blind corpus sh-0045, sh-0049, sh-0063: each showed blenders or parts instead of saying what is not sold
        for (String said : List.of("got any milk frothers? to go with my blender", "my friend said you'd have rice cookers, do you?",
                "g'day, do youse sell lawn mowers?", "hi there, robot lawn mowers?")) {
            assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read(said))).as(said).isPresent();
        }
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("got any blenders under 50?"))).isEmpty();
    }

    @Test
    void aStockQuestionForAFeatureSoldOnlyAsPartOfAProductIsNotSold() {
        // dev corpus fo-0105 ("Do you sell replacement carafes?" for a coffee maker's carafe) showed coffee makers;
        // the blender's "Motor power" is such a feature here: the store sells blenders, not their motors
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("do you sell replacement motors?")))
                .hasValueSatisfying(t -> assertThat(t).contains("motors"));
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("have you got a spare motor?"))).isPresent();
        // a part the store sells is sold, and a feature of what is being talked about is asked for as a feature
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("do you sell replacement jars?"))).isEmpty();
        assertThat(new IntentParser(IntentParserTest.VOCABULARY, Meanings.NONE).read("do you sell ones with a big motor?", "blenders",
                List.of()).unsold()).isEmpty();
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
    void aValueOfABlendersJarSaidWithJarIsTheBlendersJar() {
        // the parts' titles end in "Jar", so "jar" alone names them (as in the demo store)
        Vocabulary.CategoryWords parts = IntentParserTest.VOCABULARY.category("blender-parts").orElseThrow();
        Vocabulary jars = new Vocabulary(IntentParserTest.VOCABULARY.categories().stream().map(c -> c != parts ? c
                : new Vocabulary.CategoryWords(c.definition(), c.reasons(), c.options(), Set.of("Vortex"), Map.of(), Set.of("jar"), Set.of())).toList(),
                IntentParserTest.VOCABULARY.synonyms());
        IntentParser parser = new IntentParser(jars, Meanings.NONE);
        assertThat(parser.read("anything but Vortex, stainless steel jar, 4 stars or better", null, List.of()).category()).isEqualTo("blenders");
        assertThat(parser.read("a dishwasher safe jar and at least 4 stars", null, List.of()).category()).isEqualTo("blenders");
        // a jar for something, or a spare one, is the part
        assertThat(parser.read("a glass jar for my Vortex", null, List.of()).category()).isEqualTo("blender-parts");
        assertThat(parser.read("a spare glass jar", null, List.of()).category()).isEqualTo("blender-parts");
    }

    @Test
    void aWordTheProductsUseIsNotAnUnsoldThing() {
        Vocabulary trays = new Vocabulary(IntentParserTest.VOCABULARY.categories(), IntentParserTest.VOCABULARY.synonyms(), Set.of("tray"));
        Reading tray = new IntentParser(trays, Meanings.NONE).read("a tray for my air fryer", null, List.of());
        assertThat(tray.category()).as("a product's title or description says tray").isEqualTo("air-fryers");
        assertThat(AssistantService.notSold(trays, tray)).isEmpty();
        assertThat(AssistantService.notSold(IntentParserTest.VOCABULARY, read("a tray for my air fryer"))).contains("tray");
    }

    /** The test vocabulary's blenders (programs: smoothie, soup) and knives, beside coffee makers ("maker" is their head noun). */
    private static final Vocabulary MAKERS = new Vocabulary(java.util.stream.Stream.concat(IntentParserTest.VOCABULARY.categories().stream(),
            java.util.stream.Stream.of(new Vocabulary.CategoryWords(new CategoryDefinition("coffee-makers", "Coffee makers", List.of(
                    AttributeDefinition.choice("type", "Type", true, "drip", "espresso")), 1), List.of(), Map.of(), Set.of()),
                    new Vocabulary.CategoryWords(new CategoryDefinition("kitchen-knives", "Kitchen knives", List.of(
                            AttributeDefinition.choice("style", "Style", true, "chef", "bread")), 1), List.of(), Map.of(), Set.of())))
            .toList(), List.of());

    @Test
    void aMakerIsNamedByWhatItMakes() {
        IntentParser parser = new IntentParser(MAKERS, Meanings.NONE);
        assertThat(parser.read("a smoothie maker for my teenager's room", null, List.of()).category())
                .as("smoothies are what blenders are used for").isEqualTo("blenders");
        Reading bread = parser.read("a bread maker under $100", null, List.of());
        assertThat(bread.category()).as("a bread knife's word does not make it a knife").isNull();
        assertThat(AssistantService.notSold(MAKERS, bread)).contains("bread maker");
        assertThat(AssistantService.notSold(MAKERS, parser.read("a jaffle maker for the caravan", null, List.of()))).contains("jaffle maker");
        assertThat(parser.read("an expresso maker", null, List.of()).category()).as("a store word misspelt").isEqualTo("coffee-makers");
        assertThat(parser.read("a new coffee maker", null, List.of()).category()).isEqualTo("coffee-makers");
        assertThat(parser.read("a bean-to-cup maker", null, List.of()).category()).as("a longer name").isEqualTo("coffee-makers");
        assertThat(parser.read("a new maker, drip please", null, List.of()).category()).as("'new' is no noun").isEqualTo("coffee-makers");
    }

    /** Knives, running shoes, vacuums and blenders, as the catalog hands their words over. */
    private static final Vocabulary SHOP = new Vocabulary(List.of(
            new Vocabulary.CategoryWords(new CategoryDefinition("kitchen-knives", "Kitchen knives", List.of(
                    AttributeDefinition.choice("style", "Style", true, "chef", "santoku", "paring", "set")), 1),
                    List.of(), Map.of(), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("running-shoes", "Running shoes", List.of(
                    AttributeDefinition.flag("waterproof", "Waterproof", true)), 1),
                    List.of(), Map.of(), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("vacuums", "Vacuums", List.of(
                    AttributeDefinition.flag("pet_hair", "Pet-hair tool", true)), 1),
                    List.of(), Map.of(), Set.of()),
            new Vocabulary.CategoryWords(new CategoryDefinition("blenders", "Blenders", List.of(
                    AttributeDefinition.flag("quiet", "Quiet", true)), 1),
                    List.of(), Map.of(), Set.of())),
            List.of(new Synonym("vacuum cleaner", Synonym.Kind.WORDS, "vacuum")));

    private static Reading shop(String text) {
        return new IntentParser(SHOP, Meanings.NONE).read(text, null, List.of());
    }

    @Test
    void theHeadOfARequestIsTheThingAskedForNotTheCategoryWordBeforeIt() {
        // a sharpener for knives, boots for hiking: the words before the head only say which one
        Reading sharpener = shop("knife sharpener");
        assertThat(sharpener.category()).isNull();
        assertThat(AssistantService.notSold(SHOP, sharpener)).contains("knife sharpener");
        assertThat(AssistantService.notSold(SHOP, shop("knife sharpener for japanese knives, whetstone or pull-through"))).contains("knife sharpener");
        Reading boots = shop("waterproof hiking boots");
        assertThat(boots.category()).as("'waterproof' says which boots, it chooses no category").isNull();
        assertThat(AssistantService.notSold(SHOP, boots)).contains("hiking boots");
        assertThat(AssistantService.notSold(SHOP, shop("looking for a stand mixer for bread dough"))).contains("stand mixer");
        assertThat(AssistantService.notSold(SHOP, shop("queen size memory foam mattress"))).hasValueSatisfying(v -> assertThat(v).endsWith("mattress"));
    }

    @Test
    void anUnsoldThingAskedForInATalkAboutSomethingElseIsToldSo() {
        Reading whetstone = new IntentParser(SHOP, Meanings.NONE).read("and a whetstone to keep it sharp, under $50", "kitchen-knives", List.of());
        assertThat(whetstone.kind()).isEqualTo(Reading.Kind.UNCLEAR);
        assertThat(AssistantService.notSold(SHOP, whetstone)).contains("whetstone");
        Reading paring = new IntentParser(SHOP, Meanings.NONE).read("and a paring one under $50", "kitchen-knives", List.of());
        assertThat(paring.kind()).as("the conversation's own product").isEqualTo(Reading.Kind.SHOP);
    }

    @Test
    void anUnsoldThingIsNotMappedToACategoryByMeaning() {
        // a model that finds knives in "knife sharpener" (it is near them in meaning) is not asked
        Meanings knives = (words, targets) -> targets.stream().filter(t -> t.key().equals("kitchen-knives")).findFirst();
        Reading read = new IntentParser(SHOP, knives).read("knife sharpener under 40", null, List.of());
        assertThat(read.category()).isNull();
        assertThat(AssistantService.notSold(SHOP, read)).contains("knife sharpener");
        assertThat(new IntentParser(SHOP, knives).read("something sharp under 40", null, List.of()).category())
                .as("the same model, where no unsold thing is named").isEqualTo("kitchen-knives");
    }

    @Test
    void aMadeThingAfterAPrepositionOrAPossessiveIsNotWhatIsAskedFor() {
        assertThat(shop("a quiet blender for my kitchen").category()).isEqualTo("blenders");
        assertThat(shop("waterproof running shoes for the gym").category()).isEqualTo("running-shoes");
        assertThat(shop("a vacuum cleaner for pet hair").category()).as("the store's synonym").isEqualTo("vacuums");
        assertThat(shop("a blender made in Germany").category()).isEqualTo("blenders");
        assertThat(shop("a knife set").category()).as("a product type the store sells").isEqualTo("kitchen-knives");
        assertThat(shop("a blender that fits in my bag").category()).isEqualTo("blenders");
        assertThat(shop("a quiet gadget").category()).as("too general to be an unsold thing: 'quiet' says which category").isEqualTo("blenders");
        assertThat(shop("quiet hiking boots").category()).as("boots are the thing, and the store has none").isNull();
        assertThat(AssistantService.notSold(SHOP, shop("something quiet to crush a tray of ice"))).as("a tray of ice measures the ice").isEmpty();
        assertThat(AssistantService.notSold(SHOP, shop("we live on the third floor, no elevator. a light vacuum please")))
                .as("a long story's places are no request").isEmpty();
    }
}
