package com.concierge.web.pages;

import com.concierge.kernel.Money;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How templates write money, numbers and dates: in the request's locale (the template instance's
 * {@code locale} attribute, set from Accept-Language), with the amount's own currency.
 */
@TemplateExtension
public class Formats {

    private Formats() {
    }

    /** {@code {price.formatted}}: "$149.99" in en-US, "149,99 $" in de-DE. */
    static String formatted(Money money, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale(locale));
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.amount());
    }

    /** {@code {rating.decimal}}: one decimal, "4.5" or "4,5". */
    static String decimal(BigDecimal number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(number);
    }

    /** {@code {count.grouped}}: "1,234" or "1.234". */
    static String grouped(long number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return NumberFormat.getIntegerInstance(locale(locale)).format(number);
    }

    static String written(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(locale)).format(date);
    }

    static String written(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale(locale)).withZone(ZoneOffset.UTC).format(instant);
    }

    /** {@code {evidence.anchor}}: where on the product page a cited fact is shown. */
    static String anchor(com.concierge.assistant.api.Evidence evidence) {
        return Cards.anchor(evidence);
    }

    private static Locale locale(Object attribute) {
        return attribute instanceof Locale locale ? locale : Locale.US;
    }
}
