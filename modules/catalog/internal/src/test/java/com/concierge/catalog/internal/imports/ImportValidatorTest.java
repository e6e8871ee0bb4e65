package com.concierge.catalog.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.concierge.catalog.api.attributes.AttributeDefinition;
import com.concierge.catalog.api.attributes.AttributeValue;
import com.concierge.catalog.api.attributes.Dimension;
import com.concierge.catalog.api.attributes.Unit;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.catalog.api.imports.RowProblem.Reason;
import com.concierge.catalog.internal.StoredValue;
import com.concierge.kernel.Money;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportValidatorTest {

    private final ImportValidator validator = new ImportValidator(Map.of(
            "blenders", List.of(
                    AttributeDefinition.quantity("noise", "Noise level", Dimension.SOUND_LEVEL, Unit.DECIBEL, "20", "120", true),
                    AttributeDefinition.quantity("jar_capacity", "Jar capacity", Dimension.VOLUME, Unit.LITRE, "100", "10000", false),
                    AttributeDefinition.choice("jar_material", "Jar material", false, "glass", "Tritan", "stainless steel"),
                    AttributeDefinition.flag("dishwasher_safe", "Dishwasher safe", false)),
            "kettles", List.of(
                    AttributeDefinition.quantity("capacity", "Capacity", Dimension.VOLUME, Unit.LITRE, "100", "5000", true))));

    /**
     * Good rows on lines 2, 3 (a second variant that inherits the product's columns) and 9 (whose
     * quoted description runs on to line 10); every other row breaks rules.
     */
    private static final String MIXED = """
            product,sku,category,title,brand,description,price,currency,stock,option:color,noise,jar_capacity,jar_material,dishwasher_safe,capacity
            calma-900,CAL-900-BLK,blenders,Calma 900 quiet blender,Calma,Smoothies in 45 s,149.99,USD,12,black,52 dB,64 fl oz,Tritan,yes,
            calma-900,CAL-900-WHT,blenders,Calma 900 quiet blender,Calma,,149.99,USD,3,white,52 dB,,,,
            ,BAD-UNIT,blenders,Loud blender,Acme,,89.00,USD,5,,62 furlongs,,,,
            ,BAD-RANGE,blenders,Tiny blender,Acme,,39.00,USD,5,,62 dB,20 L,,,
            ,BAD-ENUM,blenders,Wood blender,Acme,,59.00,USD,5,,60 dB,,wood,,
            ,BAD-MISSING,blenders,Mystery blender,Acme,,59.00,USD,5,,,,,,
            ,BAD-PRICE,blenders,Cheap blender,Acme,,12.345,USD,5,,60 dB,,,,
            ,KET-1,kettles,Quick kettle,Boil,"Boils 1.7 L,
            in three minutes",35,EUR,,,,,,,1.7 L
            ,BAD-CATEGORY,toasters,Toaster,Acme,,25,USD,1,,,,,,
            ,CAL-900-BLK,blenders,Calma 900 again,Calma,,149.99,USD,12,black,52 dB,,,,
            ,BAD-MANY,blenders,,Acme,,ten,USD,-4,,62,,,maybe,
            """;

    @Test
    void goodRowsLandAndEveryBadRowIsReportedWithLineFieldAndReason() {
        ImportValidator.Result result = validator.check(CatalogFileReader.csv(new StringReader(MIXED)));

        assertThat(result.report().acceptedSkus()).containsExactly("CAL-900-BLK", "CAL-900-WHT", "KET-1");
        assertThat(result.report().rowsRead()).isEqualTo(11);
        assertThat(result.report().rowsRefused()).isEqualTo(8);
        assertThat(result.report().problems()).containsExactly(
                new RowProblem(4, "BAD-UNIT", "noise", Reason.UNKNOWN_UNIT, "unknown unit 'furlongs' in '62 furlongs'"),
                new RowProblem(5, "BAD-RANGE", "jar_capacity", Reason.OUT_OF_RANGE, "'20 L' is outside 100–10000 ml"),
                new RowProblem(6, "BAD-ENUM", "jar_material", Reason.NOT_ALLOWED, "'wood' is not one of glass, stainless steel, Tritan"),
                new RowProblem(7, "BAD-MISSING", "noise", Reason.MISSING_REQUIRED, "is required"),
                new RowProblem(8, "BAD-PRICE", "price", Reason.MALFORMED_PRICE, "amount '12.345' has more than 2 decimals or is too large for USD"),
                new RowProblem(11, "BAD-CATEGORY", "category", Reason.UNKNOWN_CATEGORY, "'toasters' is not a category; known: blenders, kettles"),
                new RowProblem(12, "CAL-900-BLK", "sku", Reason.DUPLICATE_SKU, "SKU CAL-900-BLK is also on row 2"),
                new RowProblem(13, "BAD-MANY", "title", Reason.MISSING_REQUIRED, "title is required"),
                new RowProblem(13, "BAD-MANY", "price", Reason.MALFORMED_PRICE, "amount 'ten' is not a decimal number"),
                new RowProblem(13, "BAD-MANY", "stock", Reason.INVALID_STOCK, "stock must be between 0 and 1000000000, not -4"),
                new RowProblem(13, "BAD-MANY", "noise", Reason.MISSING_UNIT, "'62' has no unit; write it like '62 dB'"),
                new RowProblem(13, "BAD-MANY", "dishwasher_safe", Reason.NOT_A_BOOLEAN, "'maybe' is not yes/no or true/false"));
    }

    @Test
    void acceptedRowsCarryNormalizedValuesAndTheirVariantGrouping() {
        List<VariantDraft> accepted = validator.check(CatalogFileReader.csv(new StringReader(MIXED))).accepted();

        VariantDraft white = accepted.get(1);
        assertThat(white.row()).isEqualTo(3);
        assertThat(white.product().handle()).isEqualTo("calma-900");
        assertThat(white.product()).as("blank product columns inherit the first row's").isEqualTo(accepted.get(0).product());
        assertThat(white.price()).isEqualTo(Money.of(14999, "USD"));
        assertThat(white.options()).containsExactly(Map.entry("color", "white"));
        StoredValue capacity = accepted.get(0).product().attributes().get("jar_capacity");
        assertThat(capacity.number()).isEqualByComparingTo("1892.705892");
        assertThat(capacity.source()).isEqualTo("64 fl oz");
        assertThat(accepted.get(2).product().handle()).as("a row without product handle is its own product").isEqualTo("KET-1");
        assertThat(accepted.get(2).product().description()).isEqualTo("Boils 1.7 L,\nin three minutes");
        assertThat(accepted.get(2).stock()).isZero();
    }

    @Test
    void aLaterVariantRowThatContradictsTheProductIsRefusedFieldByField() {
        String csv = """
                product,sku,category,title,brand,price,currency,noise,jar_material
                calma-900,CAL-900-BLK,blenders,Calma 900,Calma,149.99,USD,52 dB,Tritan
                calma-900,CAL-900-WHT,blenders,Calma 900 Pro,Calma,149.99,USD,55 dB,Tritan
                calma-900,CAL-900-RED,,,,159.99,USD,52 dB,tritan
                ,BAD-FIRST,blenders,No noise,Acme,10,USD,,
                BAD-FIRST,BAD-SECOND,blenders,No noise,Acme,10,USD,50 dB,
                """;

        ImportValidator.Result result = validator.check(CatalogFileReader.csv(new StringReader(csv)));

        assertThat(result.report().acceptedSkus()).containsExactly("CAL-900-BLK", "CAL-900-RED");
        assertThat(result.report().problems()).containsExactly(
                new RowProblem(3, "CAL-900-WHT", "title", Reason.CONFLICTS_WITH_PRODUCT, "title differs from row 2 of product calma-900"),
                new RowProblem(3, "CAL-900-WHT", "noise", Reason.CONFLICTS_WITH_PRODUCT, "noise differs from row 2 of product calma-900"),
                new RowProblem(5, "BAD-FIRST", "noise", Reason.MISSING_REQUIRED, "is required"),
                new RowProblem(6, "BAD-SECOND", "product", Reason.CONFLICTS_WITH_PRODUCT, "the first row of product BAD-FIRST (row 5) was refused"));
    }

    @Test
    void imagesAreWebAddressesOrPathsOnTheSiteNeverScript() {
        String json = """
                [{"sku": "IMG-OK", "category": "kettles", "title": "Kettle", "brand": "Boil", "price": "35", "currency": "USD",
                  "images": ["https://cdn.example.com/k.jpg", "/images/k-side.jpg"], "attributes": {"capacity": "1.7 L"}},
                 {"sku": "IMG-JS", "category": "kettles", "title": "Kettle", "brand": "Boil", "price": "35", "currency": "USD",
                  "images": ["javascript:alert(1)"], "attributes": {"capacity": "1.7 L"}},
                 {"sku": "IMG-DATA", "category": "kettles", "title": "Kettle", "brand": "Boil", "price": "35", "currency": "USD",
                  "images": ["//evil.example/x.jpg"], "attributes": {"capacity": "1.7 L"}}]
                """;

        ImportValidator.Result result = validator.check(CatalogFileReader.json(new StringReader(json)));

        assertThat(result.report().acceptedSkus()).containsExactly("IMG-OK");
        assertThat(result.report().problems()).extracting(RowProblem::sku, RowProblem::field, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IMG-JS", "images", Reason.UNSAFE_URL),
                org.assertj.core.groups.Tuple.tuple("IMG-DATA", "images", Reason.UNSAFE_URL));
    }

    @Test
    void textThatIsNotTextIsRefusedWhereItIs() {
        String json = """
                [{"sku": "TXT-\\ud800", "category": "kettles", "title": "Kettle", "brand": "Boil", "price": "35", "currency": "USD",
                  "attributes": {"capacity": "1.7 L"}},
                 {"sku": "TXT-NUL", "category": "kettles", "title": "Ket\\u0000tle", "brand": "Boil", "price": "35", "currency": "USD",
                  "attributes": {"capacity": "1.7 L"}},
                 {"sku": "TXT-OK", "category": "kettles", "title": "Kettle \\ud83d\\ude00", "brand": "Boil", "price": "35", "currency": "USD",
                  "attributes": {"capacity": "1.7 L"}}]
                """;

        ImportValidator.Result result = validator.check(CatalogFileReader.json(new StringReader(json)));

        assertThat(result.report().acceptedSkus()).containsExactly("TXT-OK");
        assertThat(result.report().problems()).extracting(RowProblem::field, RowProblem::reason, RowProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sku", Reason.NOT_TEXT, "sku has a character that is not text at position 5"),
                org.assertj.core.groups.Tuple.tuple("title", Reason.NOT_TEXT, "title has a character that is not text at position 4"));
        assertThatThrownBy(() -> new com.concierge.catalog.api.NewProduct("SKU-\ud800", "Kettle", "Boil", null,
                com.concierge.kernel.Money.parse("35", "USD"))).hasMessage("sku has a character that is not text at position 5 (half of an emoji or a control character)");
    }

    @Test
    void jsonImportsFollowTheSameRulesWithItemNumbers() {
        String json = """
                [{"product": "calma-900", "sku": "CAL-900-BLK", "category": "blenders", "title": "Calma 900", "brand": "Calma",
                  "price": "149.99", "currency": "USD", "stock": 12, "options": {"color": "black"},
                  "attributes": {"noise": "52 dB", "dishwasher_safe": true}},
                 {"sku": "BAD-JSON", "category": "blenders", "title": "Loud", "brand": "Acme", "price": "10", "currency": "USD",
                  "attributes": {"noise": "200 dB", "colour": "red"}}]
                """;

        ImportValidator.Result result = validator.check(CatalogFileReader.json(new StringReader(json)));

        assertThat(result.report().acceptedSkus()).containsExactly("CAL-900-BLK");
        assertThat(result.accepted().get(0).product().attributes().get("dishwasher_safe").toValue()).isEqualTo(new AttributeValue.Flag(true));
        assertThat(result.report().problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "noise", Reason.OUT_OF_RANGE),
                org.assertj.core.groups.Tuple.tuple(2L, "colour", Reason.UNKNOWN_ATTRIBUTE));
    }

    @Test
    void theDocumentedExampleFileImportsCleanlyIntoTheDemoStore() throws java.io.IOException {
        try (var reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("../../../docs/examples/catalog-import.csv"))) {
            ImportValidator demoStore = new ImportValidator(com.concierge.catalog.internal.demo.DemoCatalog.categories().stream()
                    .collect(java.util.stream.Collectors.toMap(c -> c.key(), c -> c.attributes())));
            ImportValidator.Result result = demoStore.check(CatalogFileReader.csv(reader));

            assertThat(result.report().problems()).isEmpty();
            assertThat(result.report().acceptedSkus()).containsExactly("CAL-900-BLK", "CAL-900-WHT");
            assertThat(result.accepted()).extracting(draft -> draft.product().handle()).containsOnly("calma-900");
        }
    }

    @Test
    void aFileThatIsNotCsvOrJsonIsRefusedAsAWholeWithWhereItBroke() {
        String brokenQuote = "sku,category,title\nA-1,blenders,Fine\nA-2,blenders,\"never closed\n";

        assertThatThrownBy(() -> CatalogFileReader.csv(new StringReader(brokenQuote)))
                .hasMessageStartingWith("the CSV cannot be read after line 2");
        assertThatThrownBy(() -> CatalogFileReader.json(new StringReader("{\"sku\": \"A-1\"}")))
                .hasMessage("a JSON import is an array of products: [{\"sku\": ...}, ...]");
    }
}
