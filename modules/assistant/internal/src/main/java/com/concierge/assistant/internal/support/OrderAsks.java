package com.concierge.assistant.internal.support;

import com.concierge.assistant.api.Evidence;
import com.concierge.assistant.api.Purchases.Purchase;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The other things a shopper asks about what they bought (docs/postpurchase.md#in-the-conversation):
 * where an order is, buying the same again, and what fits it. Each is read from its own words;
 * the answer comes from the shopper's purchases and the compatibility graph, and an action (put it
 * in the cart again) is only proposed.
 */
public final class OrderAsks {

    public enum Kind {
        /** "where is my order", "has my blender shipped", "tracking number". */
        WHERE,
        /** "reorder my filter", "buy the same one again". */
        REORDER,
        /** "what fits my Vortex", "accessories for my blender". */
        FITS
    }

    private static final Pattern WHERE = Pattern.compile("\\bwhere('s| is| are) my\\b|\\b(has|have|did) my \\w+( \\w+)? (ship|shipped|been shipped|arrive|arrived|been delivered|come)\\b"
            + "|\\btracking (number|link|code)\\b|\\btrack my\\b|\\bwhen (will|does|do|is) my \\w+( \\w+)? (arrive|come|ship|be delivered|get here)\\b"
            + "|\\border status\\b|\\bstatus of my (order|parcel|package|delivery)\\b");
    private static final Pattern REORDER = Pattern.compile("\\bre-?order\\b|\\b(order|buy|get) (it|them|that|this|one|more|another( one)?|the same( one| ones)?) again\\b"
            + "|\\bsame (one|ones|thing) again\\b|\\banother (one|pack|set) of (my|the same)\\b");
    private static final Pattern FITS = Pattern.compile("\\b(what|which|anything|something|any)( else| parts| accessories)? (fits|fit|goes with|go with|works with|work with)\\b.*\\bmy\\b"
            + "|\\baccessor(y|ies) for my\\b|\\b(parts|refills|spares|attachments) for my\\b|\\bcompatible with my\\b");

    private OrderAsks() {
    }

    /** What the message asks about an order, if it asks one of these. */
    public static Optional<Kind> kind(String text) {
        String said = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (WHERE.matcher(said).find()) {
            return Optional.of(Kind.WHERE);
        }
        if (REORDER.matcher(said).find()) {
            return Optional.of(Kind.REORDER);
        }
        if (FITS.matcher(said).find()) {
            return Optional.of(Kind.FITS);
        }
        return Optional.empty();
    }

    /** Where each of the meant purchases' orders is, newest first, one line per order. */
    public static String where(List<Purchase> meant) {
        Map<UUID, List<Purchase>> byOrder = new LinkedHashMap<>();
        meant.forEach(p -> byOrder.computeIfAbsent(p.order(), o -> new ArrayList<>()).add(p));
        List<String> sentences = new ArrayList<>();
        for (List<Purchase> lines : byOrder.values()) {
            if (sentences.size() == 3) {
                break;
            }
            Purchase first = lines.get(0);
            StringBuilder sentence = new StringBuilder("Order ").append(first.orderNumber()).append(" (")
                    .append(String.join(", ", lines.stream().map(Purchase::title).distinct().toList())).append(") is ").append(first.status());
            if (first.carrier() != null) {
                sentence.append(", with ").append(first.carrier());
                if (first.trackingNumber() != null) {
                    sentence.append(", tracking number ").append(first.trackingNumber());
                }
            }
            sentences.add(sentence.append('.').toString());
        }
        return String.join(" ", sentences) + " Each order's page shows every step with its time.";
    }

    /**
     * What fits or goes with a purchased variant, from the compatibility graph read for that variant:
     * the products that fit it or are its accessories, never one that fits only another variant.
     */
    public static List<CompatibilityLink> fitting(List<CompatibilityLink> links) {
        List<CompatibilityLink> fitting = new ArrayList<>();
        for (CompatibilityLink link : links) {
            if (link.goesWithThis() && fitting.stream().noneMatch(l -> l.other().equals(link.other()))) {
                fitting.add(link);
            }
        }
        return fitting;
    }

    /** "These fit your Vortex 1050: Glass jar 64 oz (fits), Tamper (an accessory)." with each edge cited. */
    public static SupportWording.Worded fits(Purchase purchase, List<CompatibilityLink> fitting) {
        if (fitting.isEmpty()) {
            return new SupportWording.Worded("Our catalog lists nothing that fits your " + purchase.title() + " yet.", List.of(), List.of());
        }
        List<Evidence> cited = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (CompatibilityLink link : fitting.stream().limit(6).toList()) {
            String how = link.relation() == Relation.FITS ? "fits it" : "an accessory";
            named.add(link.otherTitle() + " (" + how + (link.note() == null ? "" : ", " + link.note()) + ")");
            cited.add(new Evidence(Evidence.Kind.COMPATIBILITY, purchase.product() + "/" + link.relation().name().toLowerCase(Locale.ROOT) + "/" + link.other(),
                    link.otherTitle() + " " + link.relation().forward() + " the " + purchase.title()));
        }
        return new SupportWording.Worded("These go with your " + purchase.title() + ": " + String.join("; ", named) + ".", cited, List.of());
    }
}
