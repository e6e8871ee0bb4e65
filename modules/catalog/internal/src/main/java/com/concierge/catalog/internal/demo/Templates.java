package com.concierge.catalog.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Per-category product templates: from a seeded random and an index to a consistent product. */
final class Templates {

    private Templates() {
    }

    record VariantSpec(String sku, Map<String, String> options, BigDecimal price, int stock) {
    }

    /** A product being generated; mutable while its template fills it in. */
    static final class Spec {
        String handle;
        String title;
        String brand;
        String description;
        final List<String> bullets = new ArrayList<>();
        String whoFor;
        String whoNotFor;
        final List<String> boundaries = new ArrayList<>();
        /** Attribute key → value as the import writes it ("64 fl oz"). */
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<VariantSpec> variants = new ArrayList<>();
        /** question, answer, source */
        final List<String[]> questions = new ArrayList<>();
        /** What reviewers praise and complain about, in their words. */
        final List<String> pros = new ArrayList<>();
        final List<String> cons = new ArrayList<>();
        /** Something a reviewer may report that needs a human (a burn, a shock, smoke). */
        String hazard;
        /** 0 (poor) – 1 (excellent): drives review ratings. */
        double quality;
        /** Family for compatibility: brand + line ("calma-full-size"). */
        String family;
        String kind;
        double rating;
        int reviewCount;
    }

    interface Template {
        String category();

        boolean accessory();

        Spec make(Random random, int index);
    }

    static final List<Template> MAIN = List.of(new Blenders(), new AirFryers(), new CoffeeMakers(), new Vacuums(), new Headphones(),
            new RunningShoes(), new KidsToys(), new KitchenKnives(), new Luggage(), new SmartHome());
    static final List<Template> ALL;

    static {
        List<Template> all = new ArrayList<>(MAIN);
        all.add(new BlenderParts());
        all.add(new VacuumParts());
        ALL = List.copyOf(all);
    }

    // ---- helpers --------------------------------------------------------------------------

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static int between(Random random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    static double between(Random random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    static String one(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    static BigDecimal price(double dollars) {
        return BigDecimal.valueOf(Math.max(4, Math.round(dollars)) - 0.01).setScale(2, RoundingMode.HALF_EVEN);
    }

    static String yes(boolean value) {
        return value ? "yes" : "no";
    }

    static String handle(String brand, String model, int index) {
        return (brand + "-" + model + "-" + index).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** 1–3 colour variants (or the given options), same price, stock 0–40 (some sold out). */
    static void colours(Spec spec, Random random, List<String> palette, BigDecimal price) {
        int count = between(random, 1, 3);
        List<String> colours = new ArrayList<>(palette);
        for (int c = 0; c < count && !colours.isEmpty(); c++) {
            String colour = colours.remove(random.nextInt(colours.size()));
            int stock = random.nextInt(10) == 0 ? 0 : between(random, 1, 40);
            spec.variants.add(new VariantSpec(sku(spec, colour), Map.of("color", colour), price, stock));
        }
    }

    static String sku(Spec spec, String... parts) {
        StringBuilder sku = new StringBuilder(spec.handle.toUpperCase(java.util.Locale.ROOT));
        for (String part : parts) {
            sku.append('-').append(part.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", ""));
        }
        return sku.length() > 64 ? sku.substring(0, 64) : sku.toString();
    }

    static Spec start(String brand, String model, int index, String title) {
        Spec spec = new Spec();
        spec.brand = brand;
        spec.handle = handle(brand, model, index);
        spec.title = title;
        return spec;
    }

    // ---- blenders --------------------------------------------------------------------------

    static final class Blenders implements Template {
        static final List<String> BRANDS = List.of("Calma", "Vortex", "Nutrimax", "KitchenPro", "Blendwell");

        public String category() {
            return "blenders";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            int tier = (i / BRANDS.size()) % 3;
            boolean personal = tier == 0 && r.nextBoolean();
            int power = personal ? between(r, 6, 10) * 50 : tier == 0 ? between(r, 12, 16) * 50 : tier == 1 ? between(r, 18, 24) * 50 : between(r, 26, 36) * 50;
            boolean enclosure = tier == 2 && r.nextBoolean() || brand.equals("Calma") && tier > 0;
            int noise = (int) Math.round(60 + (power - 300) / 1500.0 * 30 + between(r, -3.0, 3.0) - (enclosure ? 12 : 0));
            noise = Math.max(52, noise);
            double litres = personal ? pick(r, List.of(0.6, 0.7)) : pick(r, List.of(1.4, 1.5, 1.8, 2.0));
            String jar = personal ? Math.round(litres / 0.0295735) + " fl oz"
                    : r.nextBoolean() ? one(litres) + " L" : Math.round(litres / 0.0295735 / 8) * 8 + " fl oz";
            String material = tier == 2 ? pick(r, List.of("Tritan", "stainless steel")) : pick(r, List.of("Tritan", "glass"));
            boolean dishwasher = !(tier == 0 && material.equals("glass") && r.nextBoolean());
            int speeds = tier == 0 ? between(r, 2, 3) : tier == 1 ? between(r, 5, 8) : 10;
            List<String> programs = tier == 0 ? List.of("pulse") : tier == 1 ? List.of("pulse", "smoothie", "ice crush")
                    : List.of("pulse", "smoothie", "ice crush", "soup", "nut butter");
            String line = personal ? "Go" : enclosure ? "Whisper" : tier == 2 ? "Pro" : tier == 1 ? "Classic" : "Basic";
            Spec s = start(brand, line + "-" + power, i, brand + " " + line + " " + power + " Blender");
            s.family = DemoCatalog.lower(brand) + (personal ? "-personal" : "-full-size");
            s.attributes.put("power", String.format("%,d W", power));
            s.attributes.put("noise", noise + " dB");
            s.attributes.put("jar_capacity", jar);
            s.attributes.put("jar_material", material);
            s.attributes.put("dishwasher_safe", yes(dishwasher));
            s.attributes.put("speeds", Integer.toString(speeds));
            s.attributes.put("weight", one(1.2 + power / 1000.0 * 2.5 + (material.equals("glass") ? 1.2 : 0)) + " kg");
            s.attributes.put("programs", String.join("|", programs));
            s.description = (personal ? "A personal blender that blends straight into a to-go cup. " : "A full-size blender for smoothies"
                    + (programs.contains("soup") ? ", hot soups" : "") + " and frozen drinks. ")
                    + (enclosure ? "Its sound-dampened base keeps it to about " + noise + " dB. " : "")
                    + "The " + power + " W motor drives " + speeds + " speed" + (speeds > 1 ? "s" : "") + ".";
            s.bullets.add(String.format("%,d W motor, %d speeds", power, speeds));
            s.bullets.add(jar + " " + material + " jar");
            s.bullets.add(noise + " dB at full speed");
            s.bullets.add(dishwasher ? "Jar, lid and blade are dishwasher safe" : "Hand-wash jar");
            s.whoFor = personal ? "One person making smoothies and shakes to go" : enclosure
                    ? "Early risers and open-plan homes that want smoothies without waking everyone"
                    : "Households making smoothies, frozen drinks" + (programs.contains("soup") ? " and soups" : "") + " for several people";
            s.whoNotFor = noise >= 85 ? "Light sleepers, or anyone blending while others sleep" : personal
                    ? "Batch cooking for more than two people" : material.equals("glass") ? "Anyone who needs a light, shatter-proof jar" : "Very tight budgets";
            if (!dishwasher) {
                s.boundaries.add("not dishwasher safe: hand-wash the jar");
            }
            if (power < 700) {
                s.boundaries.add("does not crush ice without liquid");
            }
            if (!programs.contains("soup")) {
                s.boundaries.add("does not heat soup");
            }
            if (material.equals("glass")) {
                s.boundaries.add("glass jar: do not move from freezer to hot liquid");
            }
            s.questions.add(new String[] {"Is the jar dishwasher safe?", dishwasher ? "Yes, the jar, lid and blade go on the top rack."
                    : "No. Hand-wash the jar; the blade base must stay dry.", "manufacturer"});
            s.questions.add(new String[] {"How loud is it?", "About " + noise + " dB at full speed, measured at one metre.", "retailer"});
            s.questions.add(new String[] {"Can it crush ice?", power >= 700 ? "Yes, the " + power + " W motor crushes a tray of ice in about 10 seconds."
                    : "Only with some liquid; ice on its own stalls the motor.", "retailer"});
            s.pros.add(noise <= 70 ? "it is quiet enough to use early in the morning" : "it is powerful and makes smooth smoothies");
            s.pros.add(dishwasher ? "cleaning is easy, everything goes in the dishwasher" : "the jar feels sturdy");
            if (power >= 1200) {
                s.pros.add("it crushes ice in seconds");
            }
            s.cons.add(noise >= 85 ? "it is really loud, my partner hates it" : "the lid is a bit fiddly");
            if (!dishwasher) {
                s.cons.add("hand-washing the jar is a chore");
            }
            if (power < 700) {
                s.cons.add("it struggles with frozen fruit");
            }
            s.hazard = power >= 1500 ? "the motor base started smoking after a few weeks" : null;
            s.quality = 0.45 + tier * 0.15 + (enclosure ? 0.1 : 0) + between(r, -0.1, 0.1);
            colours(s, r, List.of("black", "white", "red", "silver", "sage"), price(25 + power * 0.08 + (enclosure ? 60 : 0)
                    + (material.equals("stainless steel") ? 30 : 0) + tier * 35));
            return s;
        }
    }

    // ---- air fryers ------------------------------------------------------------------------

    static final class AirFryers implements Template {
        static final List<String> BRANDS = List.of("Crispo", "Airluxe", "KitchenPro", "Fryday");

        public String category() {
            return "air-fryers";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            int quarts = between(r, 2, 8);
            int power = (int) Math.round((900 + quarts * 110 + between(r, -50, 50)) / 50.0) * 50;
            int noise = (int) Math.round(46 + quarts * 1.6 + between(r, -2.0, 2.0));
            int maxF = r.nextInt(3) == 0 ? 450 : 400;
            String coating = pick(r, List.of("ceramic", "PTFE nonstick", "PTFE nonstick", "stainless steel"));
            boolean dishwasher = !coating.equals("PTFE nonstick") || r.nextBoolean();
            boolean window = r.nextInt(3) == 0;
            double width = 9 + quarts * 0.9 + between(r, -0.5, 0.5);
            Spec s = start(brand, quarts + "qt", i, brand + " " + quarts + "-Quart Air Fryer" + (window ? " with Window" : ""));
            s.family = DemoCatalog.lower(brand);
            s.attributes.put("capacity", quarts + " qt");
            s.attributes.put("power", String.format("%,d W", power));
            s.attributes.put("noise", noise + " dB");
            s.attributes.put("max_temperature", maxF + " °F");
            s.attributes.put("basket_coating", coating);
            s.attributes.put("dishwasher_safe", yes(dishwasher));
            s.attributes.put("width", one(width) + " in");
            s.attributes.put("window", yes(window));
            s.description = "A " + quarts + "-quart air fryer that crisps with little or no oil, up to " + maxF + " °F. "
                    + (quarts <= 3 ? "Sized for one or two." : quarts >= 6 ? "Fits a whole chicken or family-size portions." : "Feeds two to four.");
            s.bullets.add(quarts + " qt basket, " + coating);
            s.bullets.add(String.format("%,d W, up to %d °F", power, maxF));
            s.bullets.add(dishwasher ? "Dishwasher-safe basket" : "Hand-wash basket");
            s.whoFor = quarts <= 3 ? "Singles, couples and small kitchens" : quarts >= 6 ? "Families of four or more" : "Couples and small families";
            s.whoNotFor = quarts <= 3 ? "Cooking for a family in one batch" : "Small counters: it is " + one(width) + " in wide";
            if (!dishwasher) {
                s.boundaries.add("basket is not dishwasher safe");
            }
            s.boundaries.add("not for wet batters");
            s.questions.add(new String[] {"Does the basket go in the dishwasher?", dishwasher ? "Yes, the basket and crisper plate are dishwasher safe."
                    : "No, hand-wash it to protect the nonstick coating.", "manufacturer"});
            s.questions.add(new String[] {"Will a whole chicken fit?", quarts >= 6 ? "Yes, up to about 4 lb." : "No, it fits pieces, not a whole chicken.", "retailer"});
            s.pros.add("fries come out crispy with hardly any oil");
            s.pros.add(quarts >= 6 ? "big enough for the whole family" : "small enough to keep on the counter");
            if (dishwasher) {
                s.pros.add("the basket is easy to clean");
            }
            s.cons.add(coating.equals("PTFE nonstick") ? "the coating started peeling after a few months" : "the fan is a bit noisy");
            s.hazard = "the outside got so hot it burned my hand";
            s.quality = 0.55 + (coating.equals("ceramic") ? 0.1 : 0) + (window ? 0.05 : 0) + between(r, -0.15, 0.15);
            colours(s, r, List.of("black", "white", "gray"), price(39 + quarts * 12 + (window ? 20 : 0) + (coating.equals("stainless steel") ? 25 : 0)));
            return s;
        }
    }

    // ---- coffee makers ---------------------------------------------------------------------

    static final class CoffeeMakers implements Template {
        static final List<String> BRANDS = List.of("Brewster", "Morning Co", "Crema", "KitchenPro");

        public String category() {
            return "coffee-makers";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            String type = List.of("drip", "espresso", "pod", "cold brew").get((i / BRANDS.size()) % 4);
            boolean grinder = (type.equals("drip") || type.equals("espresso")) && r.nextBoolean();
            double litres = switch (type) {
                case "drip" -> pick(r, List.of(1.25, 1.5, 1.8));
                case "espresso" -> pick(r, List.of(1.5, 2.0));
                case "pod" -> pick(r, List.of(0.8, 1.2));
                default -> pick(r, List.of(1.0, 1.5));
            };
            int power = switch (type) {
                case "drip" -> between(r, 9, 11) * 100;
                case "espresso" -> between(r, 12, 15) * 100;
                case "pod" -> between(r, 12, 15) * 100;
                default -> between(r, 4, 6) * 100;
            };
            String brewTime = switch (type) {
                case "drip" -> between(r, 6, 12) + " min";
                case "espresso", "pod" -> "1 min";
                default -> between(r, 12, 24) + " h";
            };
            int noise = type.equals("cold brew") ? 38 : (int) Math.round((type.equals("espresso") ? 68 : 52) + (grinder ? 12 : 0) + between(r, -3.0, 3.0));
            boolean programmable = type.equals("drip") && r.nextBoolean();
            String filter = type.equals("drip") ? pick(r, List.of("permanent", "paper")) : type.equals("cold brew") ? "permanent" : "none";
            String noun = switch (type) {
                case "drip" -> "Drip Coffee Maker";
                case "espresso" -> "Espresso Machine";
                case "pod" -> "Pod Coffee Maker";
                default -> "Cold Brew Maker";
            };
            Spec s = start(brand, type + "-" + i, i, brand + " " + (grinder ? "Grind & Brew " : "") + noun);
            s.family = DemoCatalog.lower(brand);
            s.attributes.put("type", type);
            s.attributes.put("capacity", one(litres) + " L");
            s.attributes.put("power", String.format("%,d W", power));
            s.attributes.put("brew_time", brewTime);
            s.attributes.put("noise", noise + " dB");
            s.attributes.put("grinder", yes(grinder));
            s.attributes.put("programmable", yes(programmable));
            s.attributes.put("filter", filter);
            s.description = "A " + type + " coffee maker with a " + one(litres) + " L tank" + (grinder ? " and a built-in burr grinder" : "") + ".";
            s.bullets.add(one(litres) + " L water tank");
            s.bullets.add("Brews in " + brewTime);
            if (grinder) {
                s.bullets.add("Built-in burr grinder");
            }
            s.whoFor = switch (type) {
                case "espresso" -> "People who want café drinks at home and enjoy the ritual";
                case "pod" -> "Busy mornings: one cup in a minute, no cleanup";
                case "cold brew" -> "Iced-coffee drinkers who plan a day ahead";
                default -> "Households drinking several cups every morning";
            };
            s.whoNotFor = type.equals("pod") ? "Anyone avoiding single-use pods" : type.equals("espresso") ? "Anyone who wants coffee with no learning curve"
                    : "Anyone who wants espresso";
            if (!type.equals("espresso")) {
                s.boundaries.add("does not make espresso");
            }
            if (type.equals("pod")) {
                s.boundaries.add("uses pods only, not ground coffee");
            }
            s.questions.add(new String[] {"Does it grind beans?", grinder ? "Yes, it has a built-in burr grinder." : "No, use pre-ground coffee.", "manufacturer"});
            s.questions.add(new String[] {"How long does a full tank take?", brewTime + ".", "retailer"});
            s.pros.add(type.equals("espresso") ? "the espresso has real crema" : "the coffee tastes great");
            s.pros.add(programmable ? "waking up to fresh coffee is lovely" : "it is simple to use");
            s.cons.add(noise >= 70 ? "the grinder is loud in the morning" : "the carafe drips when pouring");
            s.hazard = type.equals("espresso") ? "the steam wand spat boiling water and scalded my hand" : null;
            s.quality = 0.5 + (grinder ? 0.1 : 0) + between(r, -0.15, 0.2);
            colours(s, r, List.of("black", "stainless", "white"), price(switch (type) {
                case "espresso" -> 180 + (grinder ? 220 : 0);
                case "pod" -> 89;
                case "cold brew" -> 45;
                default -> 49 + (grinder ? 80 : 0) + (programmable ? 20 : 0);
            } + between(r, -10, 30)));
            return s;
        }
    }

    // ---- vacuums ---------------------------------------------------------------------------

    static final class Vacuums implements Template {
        static final List<String> BRANDS = List.of("Dustin", "Cyclone", "Sweepa", "HomeAir");

        public String category() {
            return "vacuums";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            String type = List.of("stick", "upright", "robot", "canister", "handheld", "stick").get((i / BRANDS.size()) % 6);
            boolean battery = switch (type) {
                case "stick", "handheld", "robot" -> true;
                default -> r.nextInt(4) == 0;
            };
            int runtime = !battery ? 0 : type.equals("robot") ? between(r, 90, 180) : type.equals("handheld") ? between(r, 12, 25) : between(r, 30, 70);
            int noise = type.equals("robot") ? between(r, 56, 66) : (int) Math.round((type.equals("upright") ? 78 : 72) + between(r, -4.0, 6.0));
            double pounds = switch (type) {
                case "stick" -> between(r, 5.0, 7.5);
                case "upright" -> between(r, 12.0, 18.0);
                case "robot" -> between(r, 6.0, 8.0);
                case "canister" -> between(r, 9.0, 14.0);
                default -> between(r, 2.5, 4.0);
            };
            double bin = switch (type) {
                case "upright", "canister" -> between(r, 1.5, 3.0);
                case "robot" -> between(r, 0.3, 0.6);
                default -> between(r, 0.4, 0.8);
            };
            boolean hepa = r.nextBoolean() || type.equals("canister");
            boolean pet = r.nextBoolean();
            String noun = switch (type) {
                case "robot" -> "Robot Vacuum";
                case "handheld" -> "Handheld Vacuum";
                case "canister" -> "Canister Vacuum";
                case "upright" -> "Upright Vacuum";
                default -> (battery ? "Cordless " : "") + "Stick Vacuum";
            };
            Spec s = start(brand, type + "-" + i, i, brand + " " + (pet ? "Pet " : "") + noun + " V" + (10 + i));
            s.family = DemoCatalog.lower(brand) + (battery ? "-battery" : "-corded");
            s.kind = type;
            s.attributes.put("type", type);
            s.attributes.put("power_source", battery ? "battery" : "corded");
            if (battery) {
                s.attributes.put("runtime", runtime + " min");
            }
            s.attributes.put("noise", noise + " dB");
            s.attributes.put("weight", one(pounds) + " lb");
            s.attributes.put("bin_capacity", one(bin) + " L");
            s.attributes.put("hepa", yes(hepa));
            s.attributes.put("pet_hair", yes(pet));
            s.description = "A " + (battery ? "cordless " : "corded ") + type + " vacuum" + (battery ? " running up to " + runtime + " minutes per charge" : "")
                    + ", " + one(pounds) + " lb" + (hepa ? ", with sealed HEPA filtration" : "") + ".";
            s.bullets.add(battery ? "Up to " + runtime + " min per charge" : "Unlimited runtime on a 25 ft cord");
            s.bullets.add(one(pounds) + " lb, " + one(bin) + " L bin");
            if (hepa) {
                s.bullets.add("HEPA filter traps 99.97% of particles of 0.3 µm");
            }
            s.whoFor = type.equals("robot") ? "Daily upkeep in homes without many cords or stairs" : battery
                    ? "Quick cleanups, stairs and small homes" : "Large homes and deep carpet cleaning";
            s.whoNotFor = type.equals("robot") ? "Homes with thick rugs or lots of clutter on the floor" : battery && runtime < 40
                    ? "Cleaning a large home in one go" : pounds > 12 ? "Anyone who has to carry it up and down stairs" : "Deep-pile carpet";
            if (battery) {
                s.boundaries.add("not for wet messes");
            }
            if (!hepa) {
                s.boundaries.add("no HEPA filter: not ideal for allergy sufferers");
            }
            s.questions.add(new String[] {"How long does the battery last?", battery ? "Up to " + runtime + " minutes on the lowest setting; about a third of that on max."
                    : "It is corded, so there is no battery.", "manufacturer"});
            s.questions.add(new String[] {"Is it good for pet hair?", pet ? "Yes, it comes with a motorized pet-hair tool." : "It picks up light pet hair; there is no dedicated pet tool.", "retailer"});
            s.pros.add(pounds < 7 ? "it is light and easy to carry upstairs" : "suction is excellent on carpet");
            s.pros.add(pet ? "it gets all the dog hair off the sofa" : "the bin is easy to empty");
            s.cons.add(battery && runtime < 40 ? "the battery runs out before I finish the house" : noise > 78 ? "it is very loud" : "the bin is small");
            s.hazard = battery ? "the battery got hot and smelled of burning plastic while charging" : null;
            s.quality = 0.5 + (hepa ? 0.1 : 0) + (battery ? runtime / 400.0 : 0.1) + between(r, -0.15, 0.15);
            colours(s, r, List.of("gray", "purple", "blue", "red"), price(switch (type) {
                case "robot" -> 249;
                case "handheld" -> 59;
                case "canister" -> 199;
                case "upright" -> 179;
                default -> battery ? 199 : 99;
            } + (hepa ? 40 : 0) + (pet ? 30 : 0) + runtime));
            return s;
        }
    }

    // ---- headphones ------------------------------------------------------------------------

    static final class Headphones implements Template {
        static final List<String> BRANDS = List.of("Sonora", "Quietude", "Bassline", "Auris");

        public String category() {
            return "headphones";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            String form = List.of("over-ear", "in-ear", "on-ear").get((i / BRANDS.size()) % 3);
            boolean wireless = r.nextInt(5) != 0;
            boolean anc = wireless && (form.equals("over-ear") ? r.nextInt(4) != 0 : r.nextBoolean());
            int hours = !wireless ? 0 : form.equals("in-ear") ? between(r, 5, 10) : between(r, 20, 60) - (anc ? 10 : 0);
            int grams = form.equals("over-ear") ? between(r, 220, 330) : form.equals("on-ear") ? between(r, 140, 200) : between(r, 4, 7);
            int driver = form.equals("in-ear") ? between(r, 6, 12) : between(r, 30, 50);
            String water = form.equals("in-ear") ? pick(r, List.of("IPX4", "IPX5", "IPX7")) : "none";
            String model = (anc ? "NC" : "") + (100 + i * 10);
            Spec s = start(brand, form + "-" + model, i, brand + " " + model + " " + (wireless ? "Wireless " : "")
                    + (anc ? "Noise Cancelling " : "") + (form.equals("in-ear") ? "Earbuds" : form.equals("on-ear") ? "On-Ear Headphones" : "Headphones"));
            s.family = DemoCatalog.lower(brand) + "-" + form;
            s.attributes.put("form", form);
            s.attributes.put("noise_cancelling", yes(anc));
            s.attributes.put("wireless", yes(wireless));
            if (wireless) {
                s.attributes.put("battery_life", hours + " h");
            }
            s.attributes.put("weight", grams + " g");
            s.attributes.put("driver_size", driver + " mm");
            s.attributes.put("water_resistance", water);
            s.attributes.put("microphone", yes(wireless || r.nextBoolean()));
            s.description = (form.equals("in-ear") ? "Earbuds" : "Headphones") + (anc ? " with active noise cancelling" : "")
                    + (wireless ? ", up to " + hours + " hours per charge" : " on a 1.2 m cable") + ".";
            s.bullets.add(driver + " mm drivers");
            s.bullets.add(wireless ? hours + " h battery" : "Wired, no charging");
            if (!water.equals("none")) {
                s.bullets.add(water + " sweat and splash resistance");
            }
            s.whoFor = anc ? "Commuters and frequent flyers" : form.equals("in-ear") ? "Workouts and runs" : "Listening at home";
            s.whoNotFor = form.equals("over-ear") ? "Running or the gym: they are " + grams + " g" : !anc ? "Noisy commutes" : "Tight budgets";
            if (!wireless) {
                s.boundaries.add("needs a 3.5 mm jack or adapter");
            }
            if (water.equals("none")) {
                s.boundaries.add("not sweat or water resistant");
            }
            s.questions.add(new String[] {"Do they cancel noise?", anc ? "Yes, active noise cancelling with a transparency mode." : "No, only passive isolation.", "manufacturer"});
            s.questions.add(new String[] {"How long does the battery last?", wireless ? "About " + hours + " hours" + (anc ? " with noise cancelling on." : ".") : "They are wired.", "retailer"});
            s.pros.add(anc ? "the noise cancelling makes flights bearable" : "great sound for the price");
            s.pros.add(form.equals("over-ear") ? "comfortable for hours" : "they stay put when I run");
            s.cons.add(form.equals("over-ear") ? "my ears get warm after an hour" : "the case feels cheap");
            s.quality = 0.5 + (anc ? 0.15 : 0) + between(r, -0.15, 0.15);
            colours(s, r, List.of("black", "white", "navy", "sand"), price((form.equals("in-ear") ? 39 : 59) + (wireless ? 40 : 0) + (anc ? 120 : 0) + between(r, 0, 60)));
            return s;
        }
    }

    // ---- running shoes ---------------------------------------------------------------------

    static final class RunningShoes implements Template {
        static final List<String> BRANDS = List.of("Stride", "Trailhead", "Pace", "Kinetic");

        public String category() {
            return "running-shoes";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            String support = List.of("neutral", "stability", "neutral", "motion control").get((i / BRANDS.size()) % 4);
            String surface = i % 3 == 0 ? "trail" : i % 7 == 0 ? "track" : "road";
            int drop = surface.equals("track") ? between(r, 0, 4) : support.equals("neutral") ? pick(r, List.of(4, 6, 8, 10)) : pick(r, List.of(8, 10, 12));
            int stack = surface.equals("track") ? between(r, 14, 20) : between(r, 26, 40);
            double ounces = surface.equals("track") ? between(r, 5.0, 7.0) : surface.equals("trail") ? between(r, 9.5, 12.0)
                    : between(r, 7.5, 10.5) + (support.equals("motion control") ? 1.5 : 0);
            boolean waterproof = surface.equals("trail") && r.nextBoolean();
            String model = List.of("Glide", "Rush", "Ridge", "Tempo", "Haven", "Arc").get(i % 6) + " " + (i + 2);
            Spec s = start(brand, model, i, brand + " " + model + (surface.equals("trail") ? " Trail" : surface.equals("track") ? " Spike" : "")
                    + " Running Shoe" + (waterproof ? " GTX" : ""));
            s.family = DemoCatalog.lower(brand);
            s.attributes.put("support", support);
            s.attributes.put("surface", surface);
            s.attributes.put("drop", drop + " mm");
            s.attributes.put("stack_height", stack + " mm");
            s.attributes.put("weight", one(ounces) + " oz");
            s.attributes.put("waterproof", yes(waterproof));
            s.attributes.put("widths", r.nextBoolean() ? "standard|wide" : "narrow|standard|wide");
            s.description = "A " + support + " " + surface + " running shoe with a " + drop + " mm drop and " + stack + " mm of cushioning under the heel.";
            s.bullets.add(drop + " mm drop, " + stack + " mm stack");
            s.bullets.add(one(ounces) + " oz (men's 9)");
            s.whoFor = support.equals("neutral") ? "Neutral runners" : "Runners who overpronate and want " + (support.equals("motion control") ? "firm" : "gentle") + " support";
            s.whoNotFor = support.equals("neutral") ? "Runners who overpronate" : "Runners who want a light, flexible shoe";
            if (!waterproof) {
                s.boundaries.add("not waterproof");
            }
            if (surface.equals("road")) {
                s.boundaries.add("not for technical trails");
            }
            s.questions.add(new String[] {"Does it help with overpronation?", support.equals("neutral") ? "No, it is a neutral shoe without a medial post."
                    : "Yes, it has " + support + " features for overpronation.", "manufacturer"});
            s.questions.add(new String[] {"Does it run true to size?", "Most runners take their usual size; go half a size up for long runs.", "community"});
            s.pros.add("really comfortable from the first run");
            s.pros.add(surface.equals("trail") ? "grip on muddy trails is excellent" : "light and fast for tempo runs");
            s.cons.add(ounces > 10.5 ? "a bit heavy for racing" : "the upper wore through at the toe after 300 miles");
            s.quality = 0.55 + between(r, -0.2, 0.25);
            BigDecimal price = price(99 + stack * 1.2 + (waterproof ? 25 : 0) + (support.equals("neutral") ? 0 : 10));
            List<String> colours = new ArrayList<>(List.of("black", "blue", "orange", "white"));
            int count = between(r, 1, 2);
            for (int c = 0; c < count; c++) {
                String colour = colours.remove(r.nextInt(colours.size()));
                for (int size = 8; size <= 12; size++) {
                    s.variants.add(new VariantSpec(sku(s, colour, Integer.toString(size)), Map.of("color", colour, "size", Integer.toString(size)),
                            price, r.nextInt(6) == 0 ? 0 : between(r, 1, 12)));
                }
            }
            return s;
        }
    }

    // ---- kids' toys ------------------------------------------------------------------------

    static final class KidsToys implements Template {
        static final List<String> BRANDS = List.of("Playwise", "Tinker Tots", "Meeple House", "Cuddle Co");

        public String category() {
            return "kids-toys";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            String kind = List.of("board game", "building set", "puzzle", "plush", "STEM kit", "card game").get(i % 6);
            boolean smallParts = !kind.equals("plush") && !(kind.equals("puzzle") && r.nextBoolean());
            int ageMin = kind.equals("plush") ? 0 : smallParts ? between(r, 4, 10) : between(r, 3, 6);
            int players = switch (kind) {
                case "board game", "card game" -> between(r, 4, 8);
                default -> 1 + r.nextInt(2);
            };
            int minutes = switch (kind) {
                case "board game" -> between(r, 2, 9) * 10;
                case "card game" -> between(r, 1, 4) * 10;
                case "puzzle", "building set", "STEM kit" -> between(r, 1, 6) * 30;
                default -> 0;
            };
            String material = switch (kind) {
                case "plush" -> "fabric";
                case "puzzle" -> pick(r, List.of("cardboard", "wood"));
                case "building set" -> pick(r, List.of("plastic", "wood"));
                case "board game", "card game" -> "cardboard";
                default -> "plastic";
            };
            boolean batteries = kind.equals("STEM kit") && r.nextBoolean();
            String name = List.of("Galaxy", "Forest", "Robot", "Dragon", "Harbor", "Rainbow", "Castle").get(i % 7);
            Spec s = start(brand, name + "-" + kind, i, brand + " " + name + " " + switch (kind) {
                case "board game" -> "Board Game";
                case "building set" -> "Building Set";
                case "puzzle" -> (material.equals("wood") ? "Wooden " : "") + "Puzzle";
                case "plush" -> "Plush";
                case "STEM kit" -> "STEM Kit";
                default -> "Card Game";
            });
            s.family = DemoCatalog.lower(brand);
            s.attributes.put("kind", kind);
            s.attributes.put("age_min", Integer.toString(ageMin));
            s.attributes.put("players_max", Integer.toString(players));
            if (minutes > 0) {
                s.attributes.put("play_time", minutes + " min");
            }
            s.attributes.put("material", material);
            s.attributes.put("small_parts", yes(smallParts));
            s.attributes.put("batteries_required", yes(batteries));
            s.description = "A " + kind + " for ages " + ageMin + "+" + (players > 2 ? ", " + players + " players" : "") + ".";
            s.bullets.add("Ages " + ageMin + "+");
            if (minutes > 0) {
                s.bullets.add("About " + minutes + " minutes");
            }
            s.whoFor = "Children " + ageMin + " and up" + (players > 2 ? " and family game nights" : "");
            s.whoNotFor = smallParts ? "Children under 3: small parts" : "Children who need a challenge";
            if (smallParts) {
                s.boundaries.add("WARNING: choking hazard, small parts, not for children under 3");
            }
            if (batteries) {
                s.boundaries.add("batteries not included");
            }
            s.questions.add(new String[] {"What age is it for?", "Ages " + ageMin + " and up" + (smallParts ? "; it has small parts." : "."), "manufacturer"});
            s.pros.add(kind.endsWith("game") ? "our whole family loves playing it" : "kept my kids busy for hours");
            s.pros.add("makes a great gift");
            s.cons.add(material.equals("cardboard") ? "the box corners tore quickly" : "some pieces went missing fast");
            s.hazard = smallParts ? "a piece broke off and my toddler nearly choked" : null;
            s.quality = 0.6 + between(r, -0.2, 0.2);
            colours(s, r, List.of("standard"), price(12 + minutes * 0.15 + (kind.equals("STEM kit") ? 25 : 0) + between(r, 0, 20)));
            return s;
        }
    }

    // ---- kitchen knives --------------------------------------------------------------------

    static final class KitchenKnives implements Template {
        static final List<String> BRANDS = List.of("Edgewise", "Hamono", "Solingen Works", "Keen");

        public String category() {
            return "kitchen-knives";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            String style = List.of("chef", "santoku", "paring", "bread", "utility", "set").get(i % 6);
            String steel = brand.equals("Hamono") ? pick(r, List.of("Japanese VG-10", "Damascus", "carbon steel"))
                    : brand.equals("Keen") && r.nextBoolean() ? "ceramic" : pick(r, List.of("German stainless", "German stainless", "carbon steel"));
            double inches = switch (style) {
                case "chef" -> pick(r, List.of(8.0, 10.0));
                case "santoku" -> 7.0;
                case "paring" -> 3.5;
                case "bread" -> 9.0;
                case "utility" -> 6.0;
                default -> 8.0;
            };
            int hardness = switch (steel) {
                case "German stainless" -> between(r, 56, 58);
                case "Japanese VG-10", "Damascus" -> between(r, 60, 61);
                case "carbon steel" -> between(r, 60, 63);
                default -> 0;
            };
            int grams = style.equals("set") ? between(r, 1500, 3200) : (int) Math.round(inches * (steel.equals("ceramic") ? 12 : 25) + between(r, 0, 40));
            String handle = steel.equals("Damascus") ? "wood" : pick(r, List.of("wood", "synthetic", "stainless steel"));
            boolean dishwasher = steel.equals("German stainless") && handle.equals("synthetic");
            Spec s = start(brand, style + "-" + i, i, brand + " " + (style.equals("set") ? "7-Piece Knife Set" : one(inches) + "\" " + steel + " "
                    + switch (style) {
                        case "chef" -> "Chef's Knife";
                        case "santoku" -> "Santoku";
                        case "paring" -> "Paring Knife";
                        case "bread" -> "Bread Knife";
                        default -> "Utility Knife";
                    }));
            s.family = DemoCatalog.lower(brand);
            s.attributes.put("style", style);
            s.attributes.put("blade_length", one(inches) + " in");
            s.attributes.put("steel", steel);
            if (hardness > 0) {
                s.attributes.put("hardness", Integer.toString(hardness));
            }
            s.attributes.put("weight", grams + " g");
            s.attributes.put("handle", handle);
            s.attributes.put("dishwasher_safe", yes(dishwasher));
            s.description = "A " + steel + " " + style + (style.equals("set") ? " with a block" : " knife") + (hardness > 0 ? ", hardened to " + hardness + " HRC" : "") + ".";
            s.bullets.add(one(inches) + " in blade");
            s.bullets.add(steel + (hardness > 0 ? ", " + hardness + " HRC" : ""));
            s.whoFor = steel.equals("German stainless") ? "Home cooks who want a tough, low-maintenance knife" : "Cooks who want a razor edge and will care for it";
            s.whoNotFor = steel.equals("carbon steel") ? "Anyone who leaves knives wet: carbon steel rusts" : steel.equals("ceramic")
                    ? "Cutting bones or frozen food: ceramic chips" : "Anyone who wants a dishwasher-safe knife";
            if (!dishwasher) {
                s.boundaries.add("hand-wash only");
            }
            if (steel.equals("ceramic")) {
                s.boundaries.add("not for bones, frozen food or twisting cuts");
            }
            if (steel.equals("carbon steel")) {
                s.boundaries.add("will rust if left wet");
            }
            s.questions.add(new String[] {"Can it go in the dishwasher?", dishwasher ? "Yes, though hand-washing keeps it sharp longer." : "No, hand-wash and dry it right away.", "manufacturer"});
            s.pros.add("razor sharp out of the box");
            s.pros.add(grams < 200 ? "light and nimble" : "nicely balanced");
            s.cons.add(steel.equals("carbon steel") ? "it rusted after I left it in the sink" : "the edge dulls faster than I hoped");
            s.hazard = "the blade came loose from the handle while cutting";
            s.quality = 0.55 + (hardness >= 60 ? 0.1 : 0) + between(r, -0.15, 0.15);
            colours(s, r, List.of("standard"), price((style.equals("set") ? 180 : 40) + (hardness >= 60 ? 60 : 0) + (steel.equals("Damascus") ? 90 : 0) + inches * 3));
            return s;
        }
    }

    // ---- luggage ---------------------------------------------------------------------------

    static final class Luggage implements Template {
        static final List<String> BRANDS = List.of("Voyager", "Northbound", "Carryall", "Jetset");

        public String category() {
            return "luggage";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            String type = List.of("carry-on", "checked medium", "checked large", "backpack", "duffel", "carry-on").get((i / BRANDS.size()) % 6);
            String shell = type.equals("backpack") || type.equals("duffel") ? "softside" : pick(r, List.of("hardside", "softside"));
            int height = switch (type) {
                case "carry-on" -> between(r, 21, 22);
                case "checked medium" -> between(r, 25, 26);
                case "checked large" -> between(r, 28, 30);
                case "backpack" -> between(r, 18, 20);
                default -> between(r, 12, 14);
            };
            int litres = switch (type) {
                case "carry-on" -> between(r, 36, 45);
                case "checked medium" -> between(r, 60, 80);
                case "checked large" -> between(r, 95, 120);
                case "backpack" -> between(r, 20, 35);
                default -> between(r, 40, 90);
            };
            double pounds = litres * (shell.equals("hardside") ? 0.085 : 0.07) + between(r, 0.3, 1.2);
            int wheels = type.equals("backpack") ? 0 : type.equals("duffel") ? (r.nextBoolean() ? 2 : 0) : 4;
            boolean expandable = !type.equals("backpack") && r.nextBoolean();
            boolean tsa = shell.equals("hardside") || r.nextBoolean();
            Spec s = start(brand, type + "-" + height, i, brand + " " + height + "\" " + (shell.equals("hardside") ? "Hardside " : "") + switch (type) {
                case "carry-on" -> "Carry-On Spinner";
                case "checked medium", "checked large" -> "Checked Spinner";
                case "backpack" -> "Travel Backpack";
                default -> "Duffel";
            });
            s.family = DemoCatalog.lower(brand);
            s.attributes.put("type", type);
            s.attributes.put("capacity", litres + " L");
            s.attributes.put("weight", one(pounds) + " lb");
            s.attributes.put("height", height + " in");
            s.attributes.put("shell", shell);
            s.attributes.put("wheels", Integer.toString(wheels));
            s.attributes.put("expandable", yes(expandable));
            s.attributes.put("tsa_lock", yes(tsa));
            s.description = "A " + litres + " L " + shell + " " + type + ", " + height + " in tall and " + one(pounds) + " lb empty.";
            s.bullets.add(litres + " L" + (expandable ? ", expands by 15%" : ""));
            s.bullets.add(wheels > 0 ? wheels + " wheels" : "Carried, no wheels");
            s.whoFor = type.equals("carry-on") || type.equals("backpack") ? "Weekend trips and business travel without checking a bag"
                    : "Week-long trips and family holidays";
            s.whoNotFor = type.startsWith("checked") ? "Carry-on only travellers" : "Trips longer than a week";
            if (type.startsWith("checked")) {
                s.boundaries.add("exceeds carry-on size limits");
            } else if (type.equals("carry-on")) {
                s.boundaries.add("fits most US domestic carry-on limits (22 × 14 × 9 in); check your airline");
            }
            s.questions.add(new String[] {"Will it fit in the overhead bin?", type.equals("carry-on") || type.equals("backpack") ? "Yes, on most US domestic flights; some budget airlines allow less."
                    : "No, it must be checked.", "retailer"});
            s.pros.add(shell.equals("hardside") ? "survived rough baggage handling without a scratch" : "lots of useful pockets");
            s.pros.add(wheels == 4 ? "the spinner wheels glide through airports" : "easy to carry");
            s.cons.add(shell.equals("hardside") ? "scuffs show easily" : "the zipper snagged on the second trip");
            s.quality = 0.55 + (tsa ? 0.05 : 0) + between(r, -0.15, 0.2);
            colours(s, r, List.of("black", "navy", "silver", "teal"), price(69 + litres * 1.1 + (shell.equals("hardside") ? 30 : 0) + (expandable ? 15 : 0)));
            return s;
        }
    }

    // ---- smart home ------------------------------------------------------------------------

    static final class SmartHome implements Template {
        static final List<String> BRANDS = List.of("Homely", "Nestor", "Brightly", "Guardly");

        public String category() {
            return "smart-home";
        }

        public boolean accessory() {
            return false;
        }

        public Spec make(Random r, int i) {
            String brand = BRANDS.get(i % BRANDS.size());
            String kind = List.of("smart speaker", "smart plug", "thermostat", "camera", "video doorbell", "smart bulb").get(i % 6);
            List<String> ecosystems = new ArrayList<>(List.of("Alexa", "Google Home"));
            if (r.nextBoolean()) {
                ecosystems.add("Apple Home");
            }
            if (r.nextBoolean()) {
                ecosystems.add("Matter");
            }
            String power = switch (kind) {
                case "camera", "video doorbell" -> pick(r, List.of("battery", "wired"));
                case "thermostat" -> "wired";
                default -> "mains";
            };
            boolean subscription = (kind.equals("camera") || kind.equals("video doorbell")) && r.nextBoolean();
            boolean local = ecosystems.contains("Matter") || kind.equals("smart plug") && r.nextBoolean();
            double standby = switch (kind) {
                case "smart speaker" -> between(r, 1.5, 3.5);
                case "camera", "video doorbell" -> power.equals("battery") ? 0 : between(r, 1.0, 3.0);
                default -> between(r, 0.2, 0.8);
            };
            Spec s = start(brand, kind + "-" + i, i, brand + " " + switch (kind) {
                case "smart speaker" -> "Smart Speaker";
                case "smart plug" -> "Smart Plug";
                case "thermostat" -> "Smart Thermostat";
                case "camera" -> "Indoor/Outdoor Camera";
                case "video doorbell" -> "Video Doorbell";
                default -> "Color Smart Bulb";
            } + (ecosystems.contains("Matter") ? " (Matter)" : ""));
            s.family = DemoCatalog.lower(brand);
            s.kind = kind;
            s.attributes.put("kind", kind);
            s.attributes.put("ecosystems", String.join("|", ecosystems));
            s.attributes.put("power_source", power);
            s.attributes.put("subscription_required", yes(subscription));
            s.attributes.put("local_control", yes(local));
            if (standby > 0) {
                s.attributes.put("standby_power", one(standby) + " W");
            }
            s.description = "A " + kind + " that works with " + String.join(", ", ecosystems) + (local ? "; keeps working without the internet" : "") + ".";
            s.bullets.add("Works with " + String.join(", ", ecosystems));
            if (subscription) {
                s.bullets.add("Video history needs a subscription");
            }
            s.whoFor = local ? "Privacy-minded homes that want local control" : "Anyone starting a smart home";
            s.whoNotFor = subscription ? "Anyone avoiding monthly fees" : power.equals("wired") ? "Renters who cannot rewire" : "Homes with weak Wi-Fi";
            if (!local) {
                s.boundaries.add("needs an internet connection to work");
            }
            if (power.equals("wired")) {
                s.boundaries.add("needs existing wiring (a C-wire for thermostats)");
            }
            s.questions.add(new String[] {"Does it need a subscription?", subscription ? "Recording history needs a plan; live view is free." : "No, every feature works without a subscription.", "manufacturer"});
            s.questions.add(new String[] {"Does it work with Apple Home?", ecosystems.contains("Apple Home") || ecosystems.contains("Matter")
                    ? "Yes." : "No, only " + String.join(" and ", ecosystems) + ".", "retailer"});
            s.pros.add("setup took five minutes");
            s.pros.add(local ? "still works when the internet is down" : "the app is easy to use");
            s.cons.add(subscription ? "you need a subscription to see recordings" : "it drops off the Wi-Fi now and then");
            s.hazard = kind.equals("smart plug") ? "the plug sparked and left a scorch mark on the outlet" : null;
            s.quality = 0.55 + (local ? 0.1 : 0) - (subscription ? 0.1 : 0) + between(r, -0.15, 0.15);
            colours(s, r, List.of("white", "black", "charcoal"), price(switch (kind) {
                case "smart plug" -> 15;
                case "smart bulb" -> 14;
                case "smart speaker" -> 59;
                case "thermostat" -> 139;
                default -> 99;
            } + (ecosystems.contains("Matter") ? 10 : 0) + between(r, 0, 25)));
            return s;
        }
    }

    // ---- accessories -----------------------------------------------------------------------

    static final class BlenderParts implements Template {
        public String category() {
            return "blender-parts";
        }

        public boolean accessory() {
            return true;
        }

        public Spec make(Random r, int i) {
            String brand = Blenders.BRANDS.get(i % Blenders.BRANDS.size());
            String kind = List.of("jar", "jar", "blade assembly", "tamper", "lid").get((i / Blenders.BRANDS.size()) % 5);
            boolean personal = kind.equals("jar") && (i / Blenders.BRANDS.size()) % 5 == 1;
            double litres = personal ? 0.7 : 2.0;
            String material = switch (kind) {
                case "jar" -> personal ? "Tritan" : pick(r, List.of("Tritan", "glass"));
                case "lid" -> "silicone";
                default -> "stainless steel";
            };
            Spec s = start(brand, kind + "-" + (personal ? "personal" : "full"), i, brand + " " + switch (kind) {
                case "jar" -> (personal ? "24 oz To-Go Cup" : "64 oz " + material + " Jar");
                case "blade assembly" -> "Replacement Blade Assembly";
                case "tamper" -> "Tamper";
                default -> "Vented Lid";
            });
            s.family = DemoCatalog.lower(brand) + (personal ? "-personal" : "-full-size");
            s.kind = kind;
            s.attributes.put("kind", kind);
            if (kind.equals("jar")) {
                s.attributes.put("capacity", personal ? "24 fl oz" : "64 fl oz");
            }
            s.attributes.put("material", material);
            s.attributes.put("dishwasher_safe", yes(!kind.equals("blade assembly")));
            s.description = "A genuine " + brand + " " + kind + " for " + (personal ? "personal" : "full-size") + " " + brand + " blenders.";
            s.bullets.add("Fits " + brand + " " + (personal ? "personal" : "full-size") + " bases");
            s.whoFor = brand + " owners replacing a worn or broken part";
            s.whoNotFor = "Other brands' blenders";
            s.boundaries.add("only fits " + brand + " bases");
            s.questions.add(new String[] {"Will it fit my " + brand + " blender?", "It fits " + brand + " " + (personal ? "personal" : "full-size")
                    + " bases; see the compatibility list for models.", "retailer"});
            s.pros.add("fits perfectly, genuine part");
            s.cons.add("pricey for a spare part");
            s.quality = 0.7 + between(r, -0.1, 0.1);
            colours(s, r, List.of("clear"), price(switch (kind) {
                case "jar" -> personal ? 19 : 49;
                case "blade assembly" -> 24;
                case "tamper" -> 14;
                default -> 9;
            }));
            return s;
        }
    }

    static final class VacuumParts implements Template {
        public String category() {
            return "vacuum-parts";
        }

        public boolean accessory() {
            return true;
        }

        public Spec make(Random r, int i) {
            String brand = Vacuums.BRANDS.get(i % Vacuums.BRANDS.size());
            String kind = List.of("HEPA filter", "battery", "foam filter", "brush roll").get((i / Vacuums.BRANDS.size()) % 4);
            Spec s = start(brand, kind + "-" + i, i, brand + " " + switch (kind) {
                case "HEPA filter" -> "Replacement HEPA Filter";
                case "battery" -> "Spare Battery Pack";
                case "foam filter" -> "Washable Foam Filter";
                default -> "Motorized Brush Roll";
            });
            s.family = DemoCatalog.lower(brand) + (kind.equals("battery") ? "-battery" : "");
            s.kind = kind;
            s.attributes.put("kind", kind);
            if (kind.equals("battery")) {
                s.attributes.put("battery_capacity", pick(r, List.of("2500 mAh", "4000 mAh", "5000 mAh")));
            }
            s.attributes.put("washable", yes(kind.equals("foam filter")));
            s.description = "A genuine " + brand + " " + kind + ".";
            s.bullets.add("Genuine " + brand + " part");
            s.whoFor = brand + " vacuum owners";
            s.whoNotFor = "Other brands' vacuums";
            s.boundaries.add("only fits " + brand + " vacuums");
            if (kind.equals("HEPA filter")) {
                s.boundaries.add("not washable: replace every 6–12 months");
            }
            s.questions.add(new String[] {"How often should I replace it?", kind.equals("battery") ? "When runtime drops below half, usually after 2–3 years."
                    : "Every 6–12 months, sooner with pets.", "manufacturer"});
            s.pros.add("brought the suction right back");
            s.cons.add("wish it came in a two-pack");
            s.hazard = kind.equals("battery") ? "the battery swelled and got hot" : null;
            s.quality = 0.7 + between(r, -0.15, 0.1);
            colours(s, r, List.of("standard"), price(switch (kind) {
                case "battery" -> 79;
                case "brush roll" -> 39;
                default -> 19;
            }));
            return s;
        }
    }
}
