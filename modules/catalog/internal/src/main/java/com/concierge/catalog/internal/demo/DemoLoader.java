package com.concierge.catalog.internal.demo;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.compatibility.Relation;
import com.concierge.catalog.api.imports.ImportProgress;
import com.concierge.catalog.api.imports.ImportReport;
import com.concierge.catalog.api.qa.AnswerSource;
import com.concierge.catalog.api.qa.NewQaEntry;
import com.concierge.catalog.api.search.Synonym;
import com.concierge.catalog.internal.Product;
import com.concierge.kernel.files.FileFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Fills an empty catalog with the demo store through the same doors a merchandiser uses: category
 * schemas, the CSV import, Q&A, compatibility links and the search vocabulary.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    /** Words shoppers use that the catalog's own words do not contain. */
    static final List<Synonym> SYNONYMS = List.of(
            new Synonym("hoover", Synonym.Kind.WORDS, "vacuum"),
            new Synonym("vac", Synonym.Kind.WORDS, "vacuum"),
            // another word for a product type: read as that word, wherever it stands
            new Synonym("jug", Synonym.Kind.WORDS, "jar"),
            new Synonym("cam", Synonym.Kind.WORDS, "camera"),
            new Synonym("sneakers", Synonym.Kind.WORDS, "running shoe"),
            new Synonym("earphones", Synonym.Kind.WORDS, "earbuds"),
            new Synonym("buds", Synonym.Kind.WORDS, "earbuds"),
            new Synonym("suitcase", Synonym.Kind.WORDS, "spinner"),
            new Synonym("cordless", Synonym.Kind.ATTRIBUTE, "power_source=battery"),
            new Synonym("hardwired", Synonym.Kind.ATTRIBUTE, "power_source=wired"),
            new Synonym("plug in", Synonym.Kind.ATTRIBUTE, "power_source=corded"),
            new Synonym("plug into the wall", Synonym.Kind.ATTRIBUTE, "power_source=corded"),
            new Synonym("dishwasher safe", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=yes"),
            new Synonym("hand wash", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=no"),
            new Synonym("hand washing", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=no"),
            new Synonym("handwash", Synonym.Kind.ATTRIBUTE, "dishwasher_safe=no"),
            new Synonym("noise cancelling", Synonym.Kind.ATTRIBUTE, "noise_cancelling=yes"),
            new Synonym("waterproof", Synonym.Kind.ATTRIBUTE, "waterproof=yes"),
            new Synonym("overpronation", Synonym.Kind.ATTRIBUTE, "support=stability"),
            // shorthand and trade names shoppers type for a feature
            new Synonym("mic", Synonym.Kind.ATTRIBUTE, "microphone=yes"),
            new Synonym("bluetooth", Synonym.Kind.ATTRIBUTE, "wireless=yes"),
            new Synonym("anc", Synonym.Kind.ATTRIBUTE, "noise_cancelling=yes"),
            new Synonym("teflon", Synonym.Kind.ATTRIBUTE, "basket_coating=PTFE nonstick"),
            new Synonym("hard shell", Synonym.Kind.ATTRIBUTE, "shell=hardside"),
            new Synonym("hardshell", Synonym.Kind.ATTRIBUTE, "shell=hardside"),
            new Synonym("soft shell", Synonym.Kind.ATTRIBUTE, "shell=softside"),
            new Synonym("cabin bag", Synonym.Kind.ATTRIBUTE, "type=carry-on"),
            new Synonym("hand luggage", Synonym.Kind.ATTRIBUTE, "type=carry-on"),
            new Synonym("homekit", Synonym.Kind.ATTRIBUTE, "ecosystems=Apple Home"),
            new Synonym("works offline", Synonym.Kind.ATTRIBUTE, "local_control=yes"),
            new Synonym("offline", Synonym.Kind.ATTRIBUTE, "local_control=yes"),
            new Synonym("without wifi", Synonym.Kind.ATTRIBUTE, "local_control=yes"),
            new Synonym("wifi goes down", Synonym.Kind.ATTRIBUTE, "local_control=yes"),
            new Synonym("internet goes down", Synonym.Kind.ATTRIBUTE, "local_control=yes"),
            new Synonym("internet down", Synonym.Kind.ATTRIBUTE, "local_control=yes"),
            new Synonym("timer", Synonym.Kind.ATTRIBUTE, "programmable=yes"),
            new Synonym("delay start", Synonym.Kind.ATTRIBUTE, "programmable=yes"),
            new Synonym("auto start", Synonym.Kind.ATTRIBUTE, "programmable=yes"),
            new Synonym("monthly plan", Synonym.Kind.ATTRIBUTE, "subscription_required=yes"),
            new Synonym("monthly fee", Synonym.Kind.ATTRIBUTE, "subscription_required=yes"));

    /**
     * How shoppers describe a yes/no attribute by what it does for them ("keeps my feet dry" for
     * waterproof, "rinse and reuse" for a washable filter), from {@code demo/flag-synonyms.tsv}:
     * merchandiser synonyms written from the demo schemas alone, by a writer who never saw the
     * assistant's parser or the shopper corpus it is measured on.
     */
    static List<Synonym> flagSynonyms() {
        return attributeSynonyms("demo/flag-synonyms.tsv");
    }

    /**
     * How shoppers name a kind of product the store sells ("rucksack" for a backpack, "smart socket" for
     * a smart plug), from {@code demo/type-synonyms.tsv}: written, like the flag synonyms, from the demo
     * schemas alone by a writer who never saw the parser or the shopper corpus.
     */
    static List<Synonym> typeSynonyms() {
        return attributeSynonyms("demo/type-synonyms.tsv");
    }

    /**
     * How shoppers describe a value of a fixed-list attribute without naming it ("plugs into the wall"
     * for a corded vacuum, "peel an apple" for a paring knife), from {@code demo/value-synonyms.tsv}:
     * written, like the others, from the demo schemas alone by a writer who never saw the parser or the
     * shopper corpus. The assistant reads these descriptions around their core words (docs/assistant.md).
     */
    static List<Synonym> valueSynonyms() {
        return attributeSynonyms("demo/value-synonyms.tsv");
    }

    /**
     * A second set of descriptions of flags and product kinds by what they do for the shopper ("coffee ready
     * when I wake up", "bag you wear on your shoulders"), from {@code demo/described-synonyms.tsv}: written,
     * like the others, from the demo schemas alone by another writer who never saw the parser or the shopper
     * corpus, with no phrase of the three files before it.
     */
    static List<Synonym> describedSynonyms() {
        return attributeSynonyms("demo/described-synonyms.tsv");
    }

    /** A {@code term<TAB>attribute=value} file of the demo's resources as attribute synonyms. */
    private static List<Synonym> attributeSynonyms(String resource) {
        try (var in = DemoLoader.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("term\t"))
                    .map(l -> l.split("\t", 2))
                    .map(pair -> new Synonym(pair[0], Synonym.Kind.ATTRIBUTE, pair[1]))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @param catalog the facade, so the demo goes through the same checks as a merchandiser's edits
     * @return the import report, or null when the catalog was not empty
     */
    public ImportReport loadIfEmpty(Catalog catalog) {
        long products = QuarkusTransaction.requiringNew().call(() -> Product.count());
        if (products > 0) {
            return null;
        }
        long started = System.nanoTime();
        DemoCatalog.Content content = DemoCatalog.demo();
        DemoCatalog.categories().forEach(catalog::defineCategory);
        ImportReport report = catalog.importProducts(FileFormat.CSV, new StringReader(DemoCatalog.csv(content.rows())), ImportProgress.NONE);
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("the demo catalog does not pass its own import checks: " + report.problems().get(0));
        }
        // one transaction (the facade's calls join it), so the index is updated in one go at commit
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, UUID> ids = new HashMap<>();
            Product.<Product>streamAll().forEach(p -> ids.put(p.handle, p.id));
            Function<String, UUID> id = handle -> java.util.Objects.requireNonNull(ids.get(handle), () -> "demo product " + handle + " was not imported");
            for (DemoCatalog.Qa qa : content.qa()) {
                catalog.addQa(id.apply(qa.productHandle()), new NewQaEntry(qa.question(), qa.answer(), AnswerSource.parse(qa.source()), qa.answeredOn()));
            }
            for (DemoCatalog.Link link : content.links()) {
                catalog.link(id.apply(link.from()), Relation.parse(link.relation()), id.apply(link.to()), link.note());
            }
        });
        for (var category : DemoCatalog.categories()) {
            catalog.defineReasonRules(category.key(), DemoRules.parsed(category.key(), category.attributes()), "demo", "demo store defaults");
        }
        DemoPolicies.RETURNS.forEach(catalog::putPolicy);
        DemoPolicies.WARRANTIES.forEach(catalog::putPolicy);
        DemoPolicies.SHIPPING.forEach(catalog::putPolicy);
        DemoGuides.all().forEach(catalog::putGuide);
        // read in a transaction of its own: the command-line demo load has no request around it
        DemoGuides.replenishment(kind -> QuarkusTransaction.requiringNew().call(() -> Product.<Product>list("category in ?1",
                        List.of("vacuum-parts", "blender-parts")).stream()
                .filter(p -> p.attributes.get("kind") != null && kind.equals(p.attributes.get("kind").text())).map(p -> p.id)
                .collect(java.util.stream.Collectors.toSet()))).forEach(catalog::putReplenishment);
        SYNONYMS.forEach(catalog::putSynonym);
        DemoRules.SYNONYMS.forEach(catalog::putSynonym);
        // the few words above first; a phrase of the files only where no earlier one has its term
        Set<String> terms = new java.util.HashSet<>();
        SYNONYMS.forEach(s -> terms.add(s.term()));
        java.util.stream.Stream.of(flagSynonyms(), typeSynonyms(), valueSynonyms(), describedSynonyms()).flatMap(List::stream).filter(s -> terms.add(s.term()))
                .forEach(catalog::putSynonym);
        LOG.infof("Loaded the demo catalog: %d products, %d variants, %d Q&A, %d compatibility links in %d ms",
                report.productsCreated(), report.acceptedSkus().size(), content.qa().size(), content.links().size(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }
}
