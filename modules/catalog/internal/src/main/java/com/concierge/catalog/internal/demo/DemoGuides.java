package com.concierge.catalog.internal.demo;

import com.concierge.catalog.api.guides.Guide;
import com.concierge.catalog.api.guides.Guide.Kind;
import com.concierge.catalog.api.guides.Guide.Otherwise;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import com.concierge.catalog.api.replenishment.ReplenishmentInterval;

/**
 * The demo store's setup guides and troubleshooting trees (docs/postpurchase.md#setup-and-troubleshooting):
 * one setup guide and the common troubles for every category where a shopper sets something up or
 * something can go wrong; a safety tree for everything that plugs in or charges. Running shoes and
 * toys have care guides only.
 */
final class DemoGuides {

    private DemoGuides() {
    }

    /** For everything with a motor, a heating element or a battery. */
    private static final Set<String> POWERED = Set.of("blenders", "air-fryers", "coffee-makers", "vacuums", "headphones", "smart-home");

    static List<Guide> all() {
        List<Guide> guides = new ArrayList<>();
        guides.add(new Guide("safety-smoke-burning-shock", Kind.TROUBLESHOOTING, Set.of(), POWERED,
                "Smoke, a burning smell, sparks or a shock",
                List.of("smells like burning", "burning smell", "smoke is coming out", "it's smoking", "sparks", "gave me a shock",
                        "melting plastic smell", "the cord gets hot", "overheating", "too hot to touch"),
                true, steps(
                        step("Stop using it now: switch it off and unplug it (or take it off the charger) if you can do so safely.", null),
                        step("Leave it somewhere it cannot fall or touch anything that burns, and let it cool for at least an hour.", null),
                        step("Do not use it again, even if it seems fine once cool. Start a return from your order page: a damaged product is "
                                + "always taken back, and our team will contact you.", null)),
                Otherwise.START_RETURN, null));

        guides.add(setup("blender-setup", "blenders", "Set up your blender",
                "Wash the jar, lid and blade assembly in warm soapy water before the first use; dry them.",
                "Stand the base on a dry, flat counter with a hand's width of space around it; plug it into a wall socket, not an extension reel.",
                "Put liquids in first, then soft food, then ice and frozen fruit on top; never fill above the MAX line.",
                "Set the jar on the base and turn it until it clicks; fit the lid with its cap, then start at the lowest speed.",
                "To clean, half-fill the jar with warm water and a drop of washing-up liquid and run it for 30 seconds, then rinse."));
        guides.add(trouble("blender-wont-start", "blenders", "The blender will not start",
                List.of("won't turn on", "doesn't start", "nothing happens when I press the button", "dead", "not working", "stopped working"),
                Otherwise.START_RETURN,
                step("Is it plugged into a working wall socket?", "Plug a lamp into the same socket to test it; use another socket if the lamp stays off."),
                step("Is the jar seated on the base until it clicks?", "Lift the jar off and set it down again, turning it until it clicks: the motor will not run without it."),
                step("Is the lid fitted and locked?", "Press the lid down all round; on tamper lids, turn until the arrows line up."),
                step("Did it stop mid-blend after heavy use?", "The motor's overheat cut-out tripped: unplug it for 45 minutes, then blend in shorter bursts with more liquid.")));
        guides.add(trouble("blender-leaks", "blenders", "The blender leaks at the bottom",
                List.of("leaking", "leaks", "liquid coming out the bottom", "dripping"),
                Otherwise.START_RETURN,
                step("Is the blade assembly screwed tight to the jar?", "Unscrew it, check the rubber ring sits flat in its groove, and screw it back firmly by hand."),
                step("Is the sealing ring cracked or missing?", "Replace it: the ring is sold with the blade assembly under blender parts."),
                step("Is the jar filled above the MAX line?", "Blend smaller batches; hot liquids no more than half full.")));
        guides.add(trouble("blender-loud-or-chunky", "blenders", "It is louder than it should be or leaves chunks",
                List.of("too loud", "grinding noise", "rattles", "leaves chunks", "doesn't blend smoothly", "ice won't crush"),
                Otherwise.CONTACT_US,
                step("Is something touching the blades or the jar wobbling on the base?", "Seat the jar again; remove the tamper while it runs on full speed."),
                step("Are there enough liquids for what you blend?", "Add liquid until the blades spin freely; frozen fruit needs about a cup."),
                step("Are the blades dull or bent?", "Replace the blade assembly (blender parts).")));

        guides.add(setup("air-fryer-setup", "air-fryers", "Set up your air fryer",
                "Take out every sticker, the paper and the foam from the basket and the drawer.",
                "Wash the basket and drawer in warm soapy water; wipe the inside with a damp cloth. Never immerse the main unit.",
                "Stand it on a heat-proof counter with 13 cm (5 in) free behind and above the air outlet.",
                "Run it empty at 200 °C (400 °F) for 10 minutes to burn off the factory coating; a light smell the first time is normal.",
                "Do not use metal utensils or abrasive pads on the coated basket."));
        guides.add(trouble("air-fryer-white-smoke", "air-fryers", "White smoke or smells while cooking",
                List.of("white smoke", "smokes when cooking", "smells of grease", "smoky kitchen"),
                Otherwise.CONTACT_US,
                step("Is fat from earlier cooking left in the drawer?", "Empty and wash the drawer after each use: old fat smokes when heated."),
                step("Are you cooking fatty food like bacon or sausages?", "Add two tablespoons of water to the drawer to stop the fat smoking."),
                step("Is it the first use?", "The first run burns off the factory coating; run it empty for 10 minutes.")));
        guides.add(trouble("air-fryer-uneven", "air-fryers", "Food comes out soggy or uneven",
                List.of("soggy", "not crispy", "cooks unevenly", "undercooked"),
                Otherwise.CONTACT_US,
                step("Is the basket more than half full?", "Cook in batches in a single layer so air can move around the food."),
                step("Did you shake or turn the food halfway?", "Pull the drawer out halfway through and shake or turn the food."),
                step("Did you preheat it?", "Preheat 3 minutes before the food goes in.")));

        guides.add(setup("coffee-maker-setup", "coffee-makers", "Set up your coffee maker",
                "Rinse the water tank, the carafe and the filter holder.",
                "Fill the tank with fresh cold water to the MAX line and run two full cycles with water only, no coffee.",
                "For a built-in grinder, set the grind to medium to start and adjust one step at a time.",
                "Use about 1 tablespoon of ground coffee per cup (6 g per 100 ml).",
                "Descale every month with hard water (every three months with soft) with a descaler made for coffee makers."));
        guides.add(trouble("coffee-maker-slow-or-weak", "coffee-makers", "Brewing is slow or the coffee is weak",
                List.of("brews slowly", "takes forever", "weak coffee", "only half the water comes through", "gurgles"),
                Otherwise.CONTACT_US,
                step("When was it last descaled?", "Descale it now: scale slows the water and cools it."),
                step("Is the grind too fine or the filter overfilled?", "Use a medium grind and no more than the filter's line."),
                step("Is the tank seated right?", "Lift the tank out and push it back until it sits flat.")));
        guides.add(trouble("coffee-maker-leaks", "coffee-makers", "Water leaks under the coffee maker",
                List.of("leaking", "water under the machine", "puddle", "dripping"),
                Otherwise.START_RETURN,
                step("Is the carafe or cup under the spout, lid on?", "Put the carafe back with its lid: the drip-stop needs it."),
                step("Is the tank cracked?", "Check the tank over the sink; a cracked tank needs a replacement (contact us).")));

        guides.add(setup("vacuum-setup", "vacuums", "Set up your vacuum",
                "Charge cordless vacuums fully (3–5 hours) before the first use; corded ones need no charge.",
                "Click the wand into the body, then the floor head onto the wand, until each clicks.",
                "Check the filter sits in its housing and the bin is closed.",
                "Robots: place the dock against a wall with 0.5 m free on each side and 1.5 m in front; connect it in the app."));
        guides.add(trouble("vacuum-loses-suction", "vacuums", "It has lost suction",
                List.of("lost suction", "weak suction", "doesn't pick up", "not picking up dirt", "suction is gone"),
                Otherwise.CONTACT_US,
                step("Is the bin full past the line?", "Empty the bin over a bin bag."),
                step("Is the filter clogged?", "Tap the filter out; wash it in cold water if it is washable and let it dry 24 hours. Replace it every 6 months."),
                step("Is something stuck in the wand or the floor head?", "Take the wand off and look through it; cut hair off the brush roll.")));
        guides.add(trouble("vacuum-battery", "vacuums", "The battery runs down quickly or will not charge",
                List.of("won't charge", "battery dies quickly", "runs out fast", "not charging", "short runtime"),
                Otherwise.START_RETURN,
                step("Is the charger's light on when it is plugged in?", "Try another socket and check the charger's plug is pushed home."),
                step("Do you run it on max power?", "Max power empties the battery in about a third of the time; use the normal setting."),
                step("Is the battery over two years old?", "Batteries wear; replacement batteries are under vacuum parts.")));

        guides.add(setup("headphones-pairing", "headphones", "Pair your headphones with your phone",
                "Charge them for at least 30 minutes before pairing.",
                "Hold the power button for 5 seconds, until the light flashes blue and red: they are ready to pair.",
                "On your phone, open Bluetooth settings and choose the headphones from the list.",
                "To pair another phone later, switch Bluetooth off on the first one, then repeat from step 2."));
        guides.add(trouble("headphones-wont-connect", "headphones", "They will not connect or keep dropping out",
                List.of("won't pair", "won't connect", "keeps disconnecting", "drops out", "no sound", "only one side works"),
                Otherwise.START_RETURN,
                step("Are they charged?", "Charge them for 30 minutes; low batteries drop connections."),
                step("Are they still connected to another device?", "Switch Bluetooth off on your other devices."),
                step("Did you forget and pair them again?", "In Bluetooth settings choose Forget this device, then pair again from the setup guide."),
                step("Did you reset them?", "Hold the power and volume-down buttons together for 10 seconds, then pair again.")));

        guides.add(setup("smart-home-setup", "smart-home", "Set up your smart home device",
                "Install the maker's app and sign in before you power the device up.",
                "Power it up close to your Wi-Fi router; it joins 2.4 GHz Wi-Fi.",
                "In the app, add a device and scan the code on its back or in the box.",
                "Once it works, move it to its place and check the signal in the app."));
        guides.add(trouble("smart-home-offline", "smart-home", "The device shows as offline",
                List.of("offline", "won't connect to wifi", "not responding", "can't find the device", "disconnected"),
                Otherwise.CONTACT_US,
                step("Is your router on 2.4 GHz?", "Turn the 2.4 GHz band on, or give it its own network name."),
                step("Is it too far from the router?", "Move it closer or add a Wi-Fi extender."),
                step("Did the Wi-Fi password change?", "Reset it (hold its button 10 seconds) and add it again in the app.")));

        guides.add(setup("luggage-lock-setup", "luggage", "Set your TSA lock's combination",
                "The lock comes set to 0-0-0.",
                "Press the reset button on the lock's side with a pen and hold it.",
                "Turn the dials to your new combination, then release the button.",
                "Check the new combination opens it before you pack."));
        guides.add(trouble("luggage-wheel-or-handle", "luggage", "A wheel or the handle sticks",
                List.of("handle stuck", "handle won't extend", "wheel wobbles", "wheel broke", "zip stuck"),
                Otherwise.START_RETURN,
                step("Is there grit in the handle tubes or wheels?", "Wipe them with a damp cloth; a drop of silicone spray frees a stiff handle."),
                step("Is the suitcase overpacked?", "Take something out; an overfull case bends the handle tubes.")));

        guides.add(setup("knife-care", "kitchen-knives", "Care for your knife",
                "Wash it by hand straight after use and dry it at once; carbon steel rusts if left wet.",
                "Cut on wood or plastic boards, never on glass, stone or plates.",
                "Hone it on a steel every few uses; sharpen it on a whetstone when honing no longer helps.",
                "Store it in a block, on a magnetic strip or in a guard, not loose in a drawer."));
        guides.add(trouble("knife-dull-or-rust", "kitchen-knives", "The knife is dull or has rust spots",
                List.of("dull", "not sharp", "rust", "rust spots", "chipped"),
                Otherwise.CONTACT_US,
                step("Does it still slice paper after honing?", "Sharpen it on a whetstone at the angle the maker gives (15° for Japanese knives)."),
                step("Are there orange spots?", "Rub them off with a paste of baking soda and water, rinse, dry at once and wipe with a drop of oil.")));

        guides.add(setup("running-shoes-care", "running-shoes", "Break in and care for your running shoes",
                "Wear them for short easy runs for the first week.",
                "Dry them at room temperature with newspaper inside, never on a radiator.",
                "Replace them every 500–800 km (300–500 miles)."));

        guides.add(setup("toys-first-play", "kids-toys", "Before first play",
                "Remove every bag, tie and plastic clip; keep small parts away from children under 3.",
                "Fit the batteries with an adult, checking the + and − marks, and screw the cover shut.",
                "Check the age on the box before giving it."));

        guides.add(setup("blender-parts-fit", "blender-parts", "Fit a new jar or blade assembly",
                "Unplug the blender first.",
                "Screw the blade assembly onto the jar by hand, checking the sealing ring sits flat in its groove.",
                "Set the jar on the base and turn it until it clicks."));
        guides.add(setup("vacuum-parts-fit", "vacuum-parts", "Fit a new filter or battery",
                "Switch off the vacuum and take the battery out first.",
                "Filters: take the old one out of its housing, put the new one in with the arrow towards the motor.",
                "Batteries: slide it in until it clicks; charge it fully before the first use."));
        return guides;
    }

    /**
     * The demo store's consumables and how often they need replacing: filters and blade assemblies,
     * chosen by their part kind ({@code productsOfKind} gives the demo products of a kind).
     */
    static List<ReplenishmentInterval> replenishment(Function<String, Set<UUID>> productsOfKind) {
        List<ReplenishmentInterval> intervals = new ArrayList<>();
        add(intervals, "hepa-filters", productsOfKind.apply("HEPA filter"), 180,
                "Replace the HEPA filter: a clogged one loses suction and lets fine dust back out.");
        add(intervals, "foam-filters", productsOfKind.apply("foam filter"), 90,
                "Wash the foam filter, or replace it if it stays grey: a clogged one loses suction.");
        add(intervals, "blade-assemblies", productsOfKind.apply("blade assembly"), 365,
                "Replace the blade assembly and its sealing ring: dull blades leave chunks and strain the motor.");
        return intervals;
    }

    private static void add(List<ReplenishmentInterval> intervals, String id, Set<UUID> products, int days, String advice) {
        if (!products.isEmpty()) {
            intervals.add(new ReplenishmentInterval(id, products, Set.of(), days, advice));
        }
    }

    private static Guide setup(String id, String category, String title, String... texts) {
        List<Guide.Step> steps = new ArrayList<>();
        for (String text : texts) {
            steps.add(new Guide.Step(steps.size() + 1, text, null));
        }
        return new Guide(id, Kind.SETUP, Set.of(), Set.of(category), title, List.of(), false, steps, null, null);
    }

    private static Guide trouble(String id, String category, String title, List<String> symptoms, Otherwise otherwise, String[]... checks) {
        return new Guide(id, Kind.TROUBLESHOOTING, Set.of(), Set.of(category), title, symptoms, false, steps(checks), otherwise, null);
    }

    private static String[] step(String text, String fix) {
        return new String[] {text, fix};
    }

    private static List<Guide.Step> steps(String[]... steps) {
        List<Guide.Step> numbered = new ArrayList<>();
        for (String[] step : steps) {
            numbered.add(new Guide.Step(numbered.size() + 1, step[0], step[1]));
        }
        return numbered;
    }
}
