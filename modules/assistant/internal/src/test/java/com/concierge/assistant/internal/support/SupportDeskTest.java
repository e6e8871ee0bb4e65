package com.concierge.assistant.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Purchases.Purchase;
import com.concierge.assistant.internal.intent.IntentParserTest;
import com.concierge.assistant.internal.semantic.Embeddings;
import com.concierge.catalog.api.guides.Guide;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportDeskTest {

    static final Guide SAFETY = new Guide("safety", Guide.Kind.TROUBLESHOOTING, Set.of(), Set.of("blenders", "air-fryers"),
            "Smoke, a burning smell, sparks or a shock", List.of("smells like burning", "smoke is coming out", "sparks", "overheating"), true,
            List.of(new Guide.Step(1, "Unplug it now.", null)), Guide.Otherwise.START_RETURN, null);
    static final Guide WONT_START = new Guide("blender-wont-start", Guide.Kind.TROUBLESHOOTING, Set.of(), Set.of("blenders"),
            "The blender will not start", List.of("won't turn on", "nothing happens when I press the button", "stopped working"), false,
            List.of(new Guide.Step(1, "Is it plugged in?", "Plug it into a wall socket."),
                    new Guide.Step(2, "Is the jar seated on the base?", "Turn it until it clicks.")), Guide.Otherwise.START_RETURN, null);
    static final Guide LEAKS = new Guide("blender-leaks", Guide.Kind.TROUBLESHOOTING, Set.of(), Set.of("blenders"),
            "The blender leaks at the bottom", List.of("leaking", "liquid coming out the bottom"), false,
            List.of(new Guide.Step(1, "Is the blade assembly screwed tight?", "Screw it back firmly.")), Guide.Otherwise.START_RETURN, null);
    static final Guide SETUP = new Guide("blender-setup", Guide.Kind.SETUP, Set.of(), Set.of("blenders"), "Set up your blender", List.of(), false,
            List.of(new Guide.Step(1, "Wash the jar before the first use.", null)), null, null);
    static final Guide FRYER_SETUP = new Guide("air-fryer-setup", Guide.Kind.SETUP, Set.of(), Set.of("air-fryers"), "Set up your air fryer",
            List.of(), false, List.of(new Guide.Step(1, "Take the stickers out.", null)), null, null);

    static final UUID VORTEX = UUID.randomUUID();
    static final UUID CRISP = UUID.randomUUID();
    static final Purchase BLENDER = new Purchase(VORTEX, "VX-1050-RED", "Vortex 1050 blender", "blenders", UUID.randomUUID(), "CC-1111-AAAA",
            Instant.parse("2026-11-20T10:00:00Z"), true);
    static final Purchase FRYER = new Purchase(CRISP, "CR-6", "Crisp 6 qt air fryer", "air-fryers", UUID.randomUUID(), "CC-2222-BBBB",
            Instant.parse("2026-11-01T10:00:00Z"), true);

    private static final SupportDesk DESK = new SupportDesk(IntentParserTest.VOCABULARY, Embeddings.shared(),
            product -> product.equals(VORTEX) ? List.of(SETUP, SAFETY, LEAKS, WONT_START) : List.of(FRYER_SETUP, SAFETY),
            category -> category.equals("blenders") ? List.of(SETUP, SAFETY, LEAKS, WONT_START) : List.of(),
            text -> text.toLowerCase(Locale.ROOT).contains("smoke") ? List.of("smoke") : List.of());

    private static Optional<SupportDesk.Help> read(String text, Purchase... bought) {
        return DESK.read(text, List.of(bought));
    }

    @Test
    void aProblemWithTheShoppersOwnBlenderIsAnsweredFromTheGuideThatMatchesIt() {
        SupportDesk.Help help = read("my blender won't turn on", BLENDER, FRYER).orElseThrow();
        assertThat(help.kind()).isEqualTo(SupportDesk.Kind.GUIDE);
        assertThat(help.guide().id()).isEqualTo("blender-wont-start");
        assertThat(help.purchase()).isEqualTo(BLENDER);

        assertThat(read("the Vortex is leaking all over the counter, what do I do? it's mine from last week", BLENDER, FRYER).orElseThrow().guide().id())
                .isEqualTo("blender-leaks");
        assertThat(read("how do I set up my blender?", BLENDER).orElseThrow().guide().id()).isEqualTo("blender-setup");
    }

    @Test
    void aBurningSmellIsTheSafetyRouteWhateverElseIsSaid() {
        SupportDesk.Help help = read("my blender smells like burning when I use it", BLENDER, FRYER).orElseThrow();
        assertThat(help.kind()).isEqualTo(SupportDesk.Kind.SAFETY);
        assertThat(help.purchase()).isEqualTo(BLENDER);
        assertThat(help.guide().id()).isEqualTo("safety");

        // the reviews' safety words alone are enough, even with no guide matching
        SupportDesk.Help smoke = read("there's smoke coming from my air fryer", BLENDER, FRYER).orElseThrow();
        assertThat(smoke.kind()).isEqualTo(SupportDesk.Kind.SAFETY);
        assertThat(smoke.purchase()).isEqualTo(FRYER);
    }

    @Test
    void shoppingThatMentionsAnOldThingIsNotHelp() {
        assertThat(read("my old blender died, I want a quiet one under $100")).isEmpty();
        assertThat(read("my blender broke so I'm looking for a new one", BLENDER)).isEmpty();
        assertThat(read("a blender that won't leak")).isEmpty(); // not the shopper's own
        assertThat(read("our blender from 2015 started smoking, need a replacement")).isEmpty();
        assertThat(read("do you sell a seal for my blender? it leaks")).isEmpty();
    }

    @Test
    void withCardsShownItIsTheCardsOnlyMyIsTheShoppersOwn() {
        assertThat(DESK.read("it's too loud and it stopped working", List.of(BLENDER), false)).isEmpty();
        assertThat(DESK.read("my blender stopped working", List.of(BLENDER), false)).get()
                .extracting(SupportDesk.Help::purchase).isEqualTo(BLENDER);
    }

    @Test
    void aGuestIsHelpedFromTheCategoryTheyNameAndAskedToSignInOtherwise() {
        SupportDesk.Help named = read("my blender won't turn on").orElseThrow();
        assertThat(named.kind()).isEqualTo(SupportDesk.Kind.GUIDE);
        assertThat(named.purchase()).isNull();
        assertThat(SupportWording.word(named, false).reply()).contains("Sign in");

        assertThat(read("how do I pair these with my phone?").orElseThrow().kind()).isEqualTo(SupportDesk.Kind.SIGN_IN);
    }

    @Test
    void withSeveralThingsBoughtAndNothingNamedTheGuideChoosesOrItAsks() {
        assertThat(read("it stopped working", BLENDER, FRYER).orElseThrow().purchase()).isEqualTo(BLENDER);
        SupportDesk.Help which = read("it makes a weird clicking sound", BLENDER, FRYER).orElseThrow();
        assertThat(which.kind()).isEqualTo(SupportDesk.Kind.WHICH);
        assertThat(which.choices()).containsExactly(BLENDER, FRYER);
    }

    @Test
    void theRepliesCiteEveryStepTheyUse() {
        SupportWording.Worded worded = SupportWording.word(read("my blender won't turn on", BLENDER).orElseThrow(), true);
        assertThat(worded.reply()).contains("1. Is it plugged in? If not: plug it into a wall socket.", "2. Is the jar seated", "CC-1111-AAAA");
        assertThat(worded.citations()).extracting(e -> e.id()).containsExactly("blender-wont-start/1", "blender-wont-start/2");

        SupportWording.Worded safety = SupportWording.word(read("my blender smells like burning", BLENDER).orElseThrow(), true);
        assertThat(safety.reply()).startsWith("Please stop using it now").contains("product safety team");
    }
}
