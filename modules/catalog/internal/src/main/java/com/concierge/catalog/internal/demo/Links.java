package com.concierge.catalog.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compatibility edges between generated products: parts fit their brand's bases, newer parts replace older ones. */
final class Links {

    /** Enough edges to show both directions without listing every base a part fits. */
    static final int MAX_BASES_PER_PART = 6;

    private Links() {
    }

    static List<DemoCatalog.Link> between(Map<String, List<Templates.Spec>> byCategory) {
        List<DemoCatalog.Link> links = new ArrayList<>();
        partsFor(byCategory.get("blender-parts"), byCategory.get("blenders"), links);
        partsFor(byCategory.get("vacuum-parts"), byCategory.get("vacuums"), links);
        return links;
    }

    private static void partsFor(List<Templates.Spec> parts, List<Templates.Spec> bases, List<DemoCatalog.Link> links) {
        Map<String, Templates.Spec> newestPart = new java.util.HashMap<>();
        for (Templates.Spec part : parts) {
            String relation = switch (part.kind) {
                case "tamper", "lid", "brush roll" -> "accessory-of";
                default -> "fits";
            };
            int linked = 0;
            for (Templates.Spec base : bases) {
                if (linked < MAX_BASES_PER_PART && fits(part, base)) {
                    links.add(new DemoCatalog.Link(part.handle, relation, base.handle, null));
                    linked++;
                }
            }
            if (part.kind.equals("blade assembly")) {
                parts.stream().filter(p -> "jar".equals(p.kind) && p.family.equals(part.family)).findFirst()
                        .ifPresent(jar -> links.add(new DemoCatalog.Link(part.handle, "requires", jar.handle, "the blade screws into this jar")));
            }
            Templates.Spec older = newestPart.put(part.family + "/" + part.kind, part);
            if (older != null) {
                links.add(new DemoCatalog.Link(part.handle, "replaces", older.handle, "newer revision of the same part"));
            }
        }
    }

    private static boolean fits(Templates.Spec part, Templates.Spec base) {
        if (part.family.endsWith("-battery") || part.family.endsWith("-personal") || part.family.endsWith("-full-size")) {
            return part.family.equals(base.family);
        }
        return base.brand.equals(part.brand); // filters and brush rolls fit every model of the brand
    }
}
