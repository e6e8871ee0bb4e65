package com.concierge.catalog.api.policies;

import java.util.List;
import java.util.Objects;

/**
 * When and how an item may be returned.
 *
 * @param id                   stable id, cited by answers and receipts ("kitchen-30-us")
 * @param scope                what it applies to
 * @param windowDays           days after delivery a return may be requested; null: not returnable (final sale)
 * @param unopenedOnly         only unopened items may be returned
 * @param restockingFeePercent charged on opened returns (0–100)
 * @param conditions           further conditions in words, shown as they are ("original packaging")
 */
public record ReturnPolicy(String id, PolicyScope scope, Integer windowDays, boolean unopenedOnly, int restockingFeePercent,
                           List<String> conditions) {

    public ReturnPolicy {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a return policy needs an id");
        }
        Objects.requireNonNull(scope, "scope");
        if (windowDays != null && windowDays < 0) {
            throw new IllegalArgumentException("return policy " + id + ": window must not be negative");
        }
        if (restockingFeePercent < 0 || restockingFeePercent > 100) {
            throw new IllegalArgumentException("return policy " + id + ": restocking fee must be 0–100%");
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public static ReturnPolicy days(String id, PolicyScope scope, int windowDays) {
        return new ReturnPolicy(id, scope, windowDays, false, 0, List.of());
    }

    public static ReturnPolicy finalSale(String id, PolicyScope scope) {
        return new ReturnPolicy(id, scope, null, false, 0, List.of());
    }
}
