package com.concierge.checkout.internal;

import com.concierge.checkout.api.Discount;
import com.concierge.kernel.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A discount code as stored. */
@Entity
@Table(name = "checkout_discount")
public class DiscountRecord extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public long amount;

    public String currency;

    public String category;

    @Column(name = "min_spend_minor")
    public Long minSpendMinor;

    @Column(name = "min_spend_currency")
    public String minSpendCurrency;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(nullable = false)
    public boolean active;

    public Discount toView() {
        return new Discount(code, Discount.Kind.valueOf(kind), amount, currency, category,
                minSpendMinor == null ? null : Money.of(minSpendMinor, minSpendCurrency), startsOn, endsOn, active);
    }

    void copy(Discount discount) {
        kind = discount.kind().name();
        amount = discount.value();
        currency = discount.currency();
        category = discount.category();
        minSpendMinor = discount.minSpend() == null ? null : discount.minSpend().minorUnits();
        minSpendCurrency = discount.minSpend() == null ? null : discount.minSpend().currency().getCurrencyCode();
        startsOn = discount.startsOn();
        endsOn = discount.endsOn();
        active = discount.active();
    }
}
