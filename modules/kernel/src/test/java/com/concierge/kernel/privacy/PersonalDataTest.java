package com.concierge.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            send it to jane.doe+blenders@example.co.uk please          | send it to [email] please
            my card is 4242 4242 4242 4242, charge it                  | my card is [card], charge it
            card 4000-0000-0000-3220 exp 12/30                         | card [card] exp 12/30
            amex 378282246310005                                       | amex [card]
            call me on (555) 123-4567 tomorrow                         | call me on [phone] tomorrow
            or 555.123.4567                                            | or [phone]
            text 4155550132 when it ships                              | text [phone] when it ships
            ring +44 20 7946 0958 after six                            | ring [phone] after six
            ship to 1600 Pennsylvania Avenue NW                        | ship to [address]
            send it to 123 Elm Street, Springfield, IL 62704 please    | send it to [address] please
            mail john at gmail dot com about it                        | mail [email] about it
            reach me: jane.doe at example.org                          | reach me: [email]
            or J.Smith (at) Mail-Box (dot) co (dot) uk                 | or [email]
            write to sam[at]shop[dot]io                                | write to [email]
            email me at bob at outlook.com                             | email me at [email]
            deliver to 221B Baker Street, Flat 2                       | deliver to [address]
            I live at 42 elm st apt 4b, is it quiet?                   | I live at [address], is it quiet?
            it goes to 7 Old Mill Lane tomorrow                        | it goes to [address] tomorrow
            PO Box 1234 only                                           | [address] only
            zip 94105-1234 in CA                                       | zip [address] in CA
            postcode SW1A 1AA, London                                  | postcode [address], London
            card 4242 4242 4242 4242 to 42 elm st, or a@b.io           | card [card] to [address], or [email]
            """)
    void personalDataIsReplacedAndTheRestKept(String text, String redacted) {
        assertThat(PersonalData.redact(text)).isEqualTo(redacted);
        assertThat(PersonalData.contains(text)).isTrue();
        assertThat(PersonalData.redact(redacted)).as("applying it again changes nothing").isEqualTo(redacted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a quiet blender for smoothies, easy to clean, under $150",
            "a 10000 mAh power bank under 40",
            "1200 W kettle, 1.7 L, for 4 people close to the sofa",
            "a 5 minute drive from here, 2 hour road trip",
            "3 in a row, 2 in 1, 1st place",
            "model KX-2200 or 15-inch laptop, 2024 edition, 256 GB",
            "price between 99.99 and 149.50, rated 4.5 stars",
            "a gift for my 12 year old",
            "good at crushing ice, I am looking at amazon.com too",
            ""})
    void shoppingWordsStayAsTheyAre(String text) {
        assertThat(PersonalData.redact(text)).isEqualTo(text);
        assertThat(PersonalData.contains(text)).isFalse();
    }

    @Test
    void nothingToRedactInNothing() {
        assertThat(PersonalData.redact(null)).isNull();
        assertThat(PersonalData.contains(null)).isFalse();
    }
}
