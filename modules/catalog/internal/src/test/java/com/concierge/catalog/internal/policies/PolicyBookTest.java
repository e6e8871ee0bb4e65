package com.concierge.catalog.internal.policies;

import com.concierge.catalog.api.policies.ItemContext;
import com.concierge.catalog.api.policies.PolicyAnswer;
import com.concierge.catalog.api.policies.PolicyScope;
import com.concierge.catalog.api.policies.ReturnPolicy;
import com.concierge.catalog.api.policies.WarrantyPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PolicyBookTest {

    private static final UUID CLEARANCE_BLENDER = UUID.fromString("00000000-0000-0000-0000-00000000c1ea");
    private static final LocalDate DELIVERED = LocalDate.of(2026, 11, 1);

    private final List<ReturnPolicy> returns = List.of(
            ReturnPolicy.days("default-30", PolicyScope.EVERYWHERE, 30),
            ReturnPolicy.days("blenders-us-60", PolicyScope.categories("blenders").inRegions("US"), 60),
            new ReturnPolicy("headphones-hygiene", PolicyScope.categories("headphones"), 30, true, 0, List.of()),
            new ReturnPolicy("vacuums-restock", PolicyScope.categories("vacuums"), 30, false, 15, List.of("all accessories included")),
            ReturnPolicy.finalSale("clearance", new PolicyScope(Set.of(CLEARANCE_BLENDER), Set.of(), Set.of())));
    private final List<WarrantyPolicy> warranties = List.of(
            new WarrantyPolicy("standard-12", PolicyScope.EVERYWHERE, 12, "defects in materials and workmanship"),
            new WarrantyPolicy("blender-motor-24", PolicyScope.categories("blenders"), 24, "motor and base; not blade wear"));
    private final PolicyBook book = new PolicyBook(returns, warranties);

    private static ItemContext item(String category, String region, boolean opened) {
        return new ItemContext(UUID.randomUUID(), category, region, DELIVERED, opened);
    }

    @Test
    void theCategoryPolicyOfTheShoppersRegionDecidesAndSaysWhy() {
        PolicyAnswer answer = book.mayReturn(item("blenders", "us", false), LocalDate.of(2026, 12, 15));

        assertThat(answer.allowed()).isTrue();
        assertThat(answer.policyId()).isEqualTo("blenders-us-60");
        assertThat(answer.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(answer.why()).isEqualTo("Returnable until 2026-12-31, 60 days after delivery under policy 'blenders-us-60'"
                + " (category blenders in US).");
    }

    @Test
    void elsewhereTheStoreWideDefaultApplies() {
        PolicyAnswer answer = book.mayReturn(item("blenders", "CA", false), LocalDate.of(2026, 12, 15));

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.policyId()).isEqualTo("default-30");
        assertThat(answer.why()).isEqualTo("Not returnable: the 30-day window under policy 'default-30' (all products everywhere)"
                + " ended on 2026-12-01.");
    }

    @Test
    void theLastDayOfTheWindowStillCounts() {
        ItemContext kettle = item("kettles", "US", false);

        assertThat(book.mayReturn(kettle, LocalDate.of(2026, 12, 1)).allowed()).isTrue();
        assertThat(book.mayReturn(kettle, LocalDate.of(2026, 12, 2)).allowed()).isFalse();
    }

    @Test
    void aProductPolicyBeatsItsCategory() {
        ItemContext clearance = new ItemContext(CLEARANCE_BLENDER, "blenders", "US", DELIVERED, false);

        PolicyAnswer answer = book.mayReturn(clearance, DELIVERED.plusDays(2));

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.why()).isEqualTo("Not returnable: final sale under policy 'clearance' (this product everywhere).");
    }

    @Test
    void openedItemsFollowTheirConditions() {
        PolicyAnswer openedHeadphones = book.mayReturn(item("headphones", "US", true), DELIVERED.plusDays(3));
        PolicyAnswer sealedHeadphones = book.mayReturn(item("headphones", "US", false), DELIVERED.plusDays(3));
        PolicyAnswer openedVacuum = book.mayReturn(item("vacuums", "US", true), DELIVERED.plusDays(3));

        assertThat(openedHeadphones.allowed()).isFalse();
        assertThat(openedHeadphones.why()).startsWith("Not returnable once opened under policy 'headphones-hygiene'");
        assertThat(sealedHeadphones.allowed()).isTrue();
        assertThat(sealedHeadphones.conditions()).containsExactly("unopened items only");
        assertThat(openedVacuum.allowed()).isTrue();
        assertThat(openedVacuum.why()).endsWith("Opened items carry a 15% restocking fee.");
        assertThat(openedVacuum.conditions()).containsExactly("15% restocking fee on opened items", "all accessories included");
    }

    @Test
    void withoutACoveringPolicyTheAnswerIsNoAndSaysSo() {
        PolicyBook usOnly = new PolicyBook(List.of(ReturnPolicy.days("us-30", PolicyScope.EVERYWHERE.inRegions("US"), 30)), List.of());

        PolicyAnswer answer = usOnly.mayReturn(item("blenders", "jp", false), DELIVERED);

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.policyId()).isNull();
        assertThat(answer.why()).isEqualTo("No return policy covers this item in JP; please contact us.");
    }

    @Test
    void theChoiceNeverDependsOnTheOrderPoliciesWereLoaded() {
        List<ReturnPolicy> ties = new ArrayList<>(returns);
        ties.add(ReturnPolicy.days("blenders-us-ca-45", PolicyScope.categories("blenders").inRegions("US", "CA"), 45));
        ties.add(ReturnPolicy.days("blenders-us-90", PolicyScope.categories("blenders").inRegions("US"), 90));
        ItemContext blender = item("blenders", "US", false);
        Random random = new Random(7);

        for (int i = 0; i < 50; i++) {
            Collections.shuffle(ties, random);
            assertThat(new PolicyBook(ties, warranties).returnPolicyFor(blender)).map(ReturnPolicy::id)
                    .as("narrowest scope, then smallest id").contains("blenders-us-60");
        }
    }

    @Test
    void warrantiesCountMonthsFromDelivery() {
        ItemContext blender = item("blenders", "US", true);

        PolicyAnswer inWarranty = book.underWarranty(blender, LocalDate.of(2028, 10, 31));
        PolicyAnswer expired = book.underWarranty(blender, LocalDate.of(2028, 11, 1));

        assertThat(inWarranty.allowed()).isTrue();
        assertThat(inWarranty.why()).isEqualTo("Covered until 2028-10-31 under warranty 'blender-motor-24' (24 months, category blenders everywhere).");
        assertThat(inWarranty.conditions()).containsExactly("motor and base; not blade wear");
        assertThat(expired.allowed()).isFalse();
        assertThat(book.underWarranty(item("toys", "US", false), LocalDate.of(2027, 10, 31)).policyId()).isEqualTo("standard-12");
        assertThat(new PolicyBook(List.of(), List.of()).underWarranty(blender, DELIVERED).why())
                .isEqualTo("No warranty covers this item in US.");
    }

    @Test
    void inconsistentPolicyDataIsRefusedWhenLoaded() {
        assertThatThrownBy(() -> new PolicyBook(List.of(ReturnPolicy.days("a", PolicyScope.EVERYWHERE, 30),
                ReturnPolicy.days("a", PolicyScope.categories("x"), 10)), List.of()))
                .hasMessage("two return policies have the id a");
        assertThatThrownBy(() -> ReturnPolicy.days("neg", PolicyScope.EVERYWHERE, -1)).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new ReturnPolicy("fee", PolicyScope.EVERYWHERE, 30, false, 120, List.of()))
                .hasMessageContaining("0–100%");
    }
}
