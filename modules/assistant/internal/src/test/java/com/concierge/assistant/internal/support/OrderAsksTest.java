package com.concierge.assistant.internal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.assistant.api.Purchases.Purchase;
import com.concierge.catalog.api.compatibility.CompatibilityLink;
import com.concierge.catalog.api.compatibility.Relation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderAsksTest {

    @Test
    void eachAskIsReadFromItsOwnWordsAndShoppingIsNone() {
        assertThat(OrderAsks.kind("where's my order?")).contains(OrderAsks.Kind.WHERE);
        assertThat(OrderAsks.kind("has my blender shipped yet")).contains(OrderAsks.Kind.WHERE);
        assertThat(OrderAsks.kind("can I get the tracking number")).contains(OrderAsks.Kind.WHERE);
        assertThat(OrderAsks.kind("when will my vacuum arrive?")).contains(OrderAsks.Kind.WHERE);
        assertThat(OrderAsks.kind("reorder my hepa filter")).contains(OrderAsks.Kind.REORDER);
        assertThat(OrderAsks.kind("I'd like to buy the same one again")).contains(OrderAsks.Kind.REORDER);
        assertThat(OrderAsks.kind("what fits my Vortex?")).contains(OrderAsks.Kind.FITS);
        assertThat(OrderAsks.kind("any accessories for my blender")).contains(OrderAsks.Kind.FITS);

        assertThat(OrderAsks.kind("a blender that fits under my cabinets")).isEqualTo(Optional.empty());
        assertThat(OrderAsks.kind("where can I find a quiet blender")).isEmpty();
        assertThat(OrderAsks.kind("does the second one fit my counter?")).isEmpty();
        assertThat(OrderAsks.kind("my order 55120 never arrived so I need a new blender under $90")).isEmpty();
    }

    @Test
    void whereSaysEachOrderWithItsCarrierAndTrackingNumber() {
        UUID order = UUID.randomUUID();
        Purchase jar = new Purchase(UUID.randomUUID(), "JAR", "Glass jar", "blender-parts", order, "CC-1", Instant.now(), false, "shipped", "DHL",
                "JD0001");
        Purchase blender = new Purchase(UUID.randomUUID(), "BL", "Vortex 1050", "blenders", order, "CC-1", Instant.now(), false, "shipped", "DHL",
                "JD0001");
        assertThat(OrderAsks.where(List.of(blender, jar))).startsWith("Order CC-1 (Vortex 1050, Glass jar) is shipped, with DHL, tracking number JD0001.");
    }

    @Test
    void onlyWhatFitsTheVariantBoughtOrIsItsAccessoryIsSuggested() {
        UUID blender = UUID.randomUUID();
        UUID jar = UUID.randomUUID();
        UUID tamper = UUID.randomUUID();
        UUID base = UUID.randomUUID();
        List<CompatibilityLink> links = List.of(
                new CompatibilityLink(Relation.FITS, CompatibilityLink.Direction.BACKWARD, null, jar, "Glass jar", null, null, "fits", null),
                new CompatibilityLink(Relation.ACCESSORY_OF, CompatibilityLink.Direction.BACKWARD, null, tamper, "Tamper", null, null, "x", "the 64 oz jar"),
                new CompatibilityLink(Relation.REQUIRES, CompatibilityLink.Direction.FORWARD, null, base, "Motor base", null, null, "requires", null));
        List<CompatibilityLink> fitting = OrderAsks.fitting(links);
        assertThat(fitting).extracting(CompatibilityLink::other).containsExactly(jar, tamper);
        Purchase bought = new Purchase(blender, "BL", "Vortex 1050", "blenders", UUID.randomUUID(), "CC-2", Instant.now(), true);
        SupportWording.Worded worded = OrderAsks.fits(bought, fitting);
        assertThat(worded.reply()).isEqualTo("These go with your Vortex 1050: Glass jar (fits it); Tamper (an accessory, the 64 oz jar).");
        assertThat(worded.citations()).extracting(e -> e.id()).containsExactly(blender + "/fits/" + jar, blender + "/accessory_of/" + tamper);
    }
}
