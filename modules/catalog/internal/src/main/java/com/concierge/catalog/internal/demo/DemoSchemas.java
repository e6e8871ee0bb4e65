package com.concierge.catalog.internal.demo;

import static com.concierge.catalog.api.attributes.AttributeDefinition.choice;
import static com.concierge.catalog.api.attributes.AttributeDefinition.flag;
import static com.concierge.catalog.api.attributes.AttributeDefinition.quantity;

import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeType;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The demo store's categories and their attribute schemas (real units, plausible ranges). */
final class DemoSchemas {

    private DemoSchemas() {
    }

    static List<CategoryDefinition> all() {
        return List.of(
                category("blenders", "Blenders",
                        quantity("power", "Motor power", Dimension.POWER, Unit.WATT, "200", "2500", true),
                        quantity("noise", "Noise at full speed", Dimension.SOUND_LEVEL, Unit.DECIBEL, "40", "110", true),
                        quantity("jar_capacity", "Jar capacity", Dimension.VOLUME, Unit.LITRE, "300", "3000", true),
                        choice("jar_material", "Jar material", true, "glass", "Tritan", "stainless steel"),
                        flag("dishwasher_safe", "Dishwasher-safe jar", true),
                        plain("speeds", "Speeds", "1", "20"),
                        quantity("weight", "Weight", Dimension.MASS, Unit.KILOGRAM, "500", "10000", false),
                        list("programs", "Programs", "smoothie", "ice crush", "soup", "pulse", "nut butter")),
                category("air-fryers", "Air fryers",
                        quantity("capacity", "Basket capacity", Dimension.VOLUME, Unit.QUART, "1000", "12000", true),
                        quantity("power", "Power", Dimension.POWER, Unit.WATT, "800", "2400", true),
                        quantity("noise", "Noise", Dimension.SOUND_LEVEL, Unit.DECIBEL, "35", "80", true),
                        quantity("max_temperature", "Highest temperature", Dimension.TEMPERATURE, Unit.FAHRENHEIT, "150", "260", true),
                        choice("basket_coating", "Basket coating", true, "ceramic", "PTFE nonstick", "stainless steel"),
                        flag("dishwasher_safe", "Dishwasher-safe basket", true),
                        quantity("width", "Width", Dimension.LENGTH, Unit.INCH, "150", "600", false),
                        flag("window", "Viewing window", false)),
                category("coffee-makers", "Coffee makers",
                        choice("type", "Type", true, "drip", "espresso", "pod", "cold brew"),
                        quantity("capacity", "Water tank", Dimension.VOLUME, Unit.LITRE, "200", "3000", true),
                        quantity("power", "Power", Dimension.POWER, Unit.WATT, "400", "2000", true),
                        quantity("brew_time", "Brew time (full tank)", Dimension.DURATION, Unit.MINUTE, "30", "86400", false),
                        quantity("noise", "Noise", Dimension.SOUND_LEVEL, Unit.DECIBEL, "35", "90", false),
                        flag("grinder", "Built-in grinder", true),
                        flag("programmable", "Programmable start", false),
                        choice("filter", "Filter", false, "permanent", "paper", "none")),
                category("vacuums", "Vacuums",
                        choice("type", "Type", true, "stick", "upright", "robot", "canister", "handheld"),
                        choice("power_source", "Power source", true, "battery", "corded"),
                        quantity("runtime", "Runtime per charge", Dimension.DURATION, Unit.MINUTE, "300", "14400", false),
                        quantity("noise", "Noise", Dimension.SOUND_LEVEL, Unit.DECIBEL, "50", "95", true),
                        quantity("weight", "Weight", Dimension.MASS, Unit.POUND, "500", "15000", true),
                        quantity("bin_capacity", "Bin capacity", Dimension.VOLUME, Unit.LITRE, "100", "5000", false),
                        flag("hepa", "HEPA filtration", true),
                        flag("pet_hair", "Pet-hair tool", false)),
                category("headphones", "Headphones",
                        choice("form", "Form", true, "over-ear", "on-ear", "in-ear"),
                        flag("noise_cancelling", "Active noise cancelling", true),
                        flag("wireless", "Wireless", true),
                        quantity("battery_life", "Battery life", Dimension.DURATION, Unit.HOUR, "7200", "360000", false),
                        quantity("weight", "Weight", Dimension.MASS, Unit.GRAM, "3", "500", true),
                        quantity("driver_size", "Driver size", Dimension.LENGTH, Unit.MILLIMETRE, "5", "60", false),
                        choice("water_resistance", "Water resistance", false, "none", "IPX4", "IPX5", "IPX7"),
                        flag("microphone", "Microphone", false)),
                category("running-shoes", "Running shoes",
                        choice("support", "Support", true, "neutral", "stability", "motion control"),
                        choice("surface", "Surface", true, "road", "trail", "track"),
                        quantity("drop", "Heel-to-toe drop", Dimension.LENGTH, Unit.MILLIMETRE, "0", "16", true),
                        quantity("stack_height", "Heel stack height", Dimension.LENGTH, Unit.MILLIMETRE, "10", "50", false),
                        quantity("weight", "Weight (men's 9)", Dimension.MASS, Unit.OUNCE, "120", "450", true),
                        flag("waterproof", "Waterproof", false),
                        list("widths", "Widths", "narrow", "standard", "wide")),
                category("kids-toys", "Kids' toys and games",
                        choice("kind", "Kind", true, "board game", "building set", "puzzle", "plush", "STEM kit", "card game"),
                        plain("age_min", "Minimum age (years)", "0", "18"),
                        plain("players_max", "Players (max)", "1", "12"),
                        quantity("play_time", "Play time", Dimension.DURATION, Unit.MINUTE, "60", "14400", false),
                        choice("material", "Main material", true, "wood", "plastic", "fabric", "cardboard"),
                        flag("small_parts", "Small parts (choking hazard under 3)", true),
                        flag("batteries_required", "Batteries required", false)),
                category("kitchen-knives", "Kitchen knives",
                        choice("style", "Style", true, "chef", "santoku", "paring", "bread", "utility", "set"),
                        quantity("blade_length", "Blade length", Dimension.LENGTH, Unit.INCH, "50", "400", true),
                        choice("steel", "Steel", true, "German stainless", "Japanese VG-10", "carbon steel", "ceramic", "Damascus"),
                        plain("hardness", "Hardness (HRC)", "50", "66"),
                        quantity("weight", "Weight", Dimension.MASS, Unit.GRAM, "30", "5000", false),
                        choice("handle", "Handle", false, "wood", "synthetic", "stainless steel"),
                        flag("dishwasher_safe", "Dishwasher safe", true)),
                category("luggage", "Luggage",
                        choice("type", "Type", true, "carry-on", "checked medium", "checked large", "backpack", "duffel"),
                        quantity("capacity", "Capacity", Dimension.VOLUME, Unit.LITRE, "10000", "150000", true),
                        quantity("weight", "Weight", Dimension.MASS, Unit.POUND, "300", "8000", true),
                        quantity("height", "Height", Dimension.LENGTH, Unit.INCH, "300", "900", true),
                        choice("shell", "Shell", false, "hardside", "softside"),
                        plain("wheels", "Wheels", "0", "8"),
                        flag("expandable", "Expandable", false),
                        flag("tsa_lock", "TSA lock", false)),
                category("smart-home", "Smart home",
                        choice("kind", "Kind", true, "smart speaker", "smart plug", "thermostat", "camera", "video doorbell", "smart bulb"),
                        list("ecosystems", "Works with", "Alexa", "Google Home", "Apple Home", "Matter"),
                        choice("power_source", "Power source", true, "battery", "mains", "wired"),
                        flag("subscription_required", "Subscription required for core features", true),
                        flag("local_control", "Works without the internet", false),
                        quantity("standby_power", "Standby power", Dimension.POWER, Unit.WATT, "0", "20", false)),
                category("blender-parts", "Blender jars and parts",
                        choice("kind", "Part", true, "jar", "blade assembly", "tamper", "lid"),
                        quantity("capacity", "Capacity", Dimension.VOLUME, Unit.LITRE, "300", "3000", false),
                        choice("material", "Material", false, "glass", "Tritan", "stainless steel", "silicone"),
                        flag("dishwasher_safe", "Dishwasher safe", true)),
                category("vacuum-parts", "Vacuum filters and batteries",
                        choice("kind", "Part", true, "HEPA filter", "foam filter", "battery", "brush roll"),
                        quantity("battery_capacity", "Battery capacity", Dimension.ELECTRIC_CHARGE, Unit.MILLIAMPERE_HOUR, "1000", "10000", false),
                        flag("washable", "Washable", true)));
    }

    private static CategoryDefinition category(String key, String name, AttributeDefinition... attributes) {
        return new CategoryDefinition(key, name, List.of(attributes), 0);
    }

    private static AttributeDefinition plain(String key, String label, String min, String max) {
        return new AttributeDefinition(key, label, AttributeType.NUMBER, null, null, new BigDecimal(min), new BigDecimal(max), Set.of(), false);
    }

    private static AttributeDefinition list(String key, String label, String... values) {
        return new AttributeDefinition(key, label, AttributeType.LIST, null, null, null, null, Set.of(values), false);
    }
}
