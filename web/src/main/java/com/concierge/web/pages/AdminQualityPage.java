package com.concierge.web.pages;

import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.CategoryDefinition;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.Readiness;
import com.concierge.measurement.api.IntentAnalytics;
import com.concierge.measurement.api.Measurement;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.moderation.Flag;
import com.concierge.web.security.Identities;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data quality in the console (docs/console.md#data-quality), per category: the attributes shoppers
 * asked about in the last 30 days (from intent analytics), the products the assistant is least
 * ready to recommend, worst first, with what each misses and how often shoppers asked for the
 * attributes it does not state, and reviews that contradict an attribute. Every row links to the
 * product's editor. Read-only.
 */
@Path("/admin/quality")
@RolesAllowed("merchandiser")
public class AdminQualityPage {

    static final int ROWS = 50;
    static final int DAYS = 30;
    private static final Pattern ATTRIBUTE = Pattern.compile("attr\\.([a-z0-9_]+)");

    /** An attribute and how many conversations asked for it. */
    public record Asked(String key, String label, long conversations) {
    }

    /** A product worst first: its readiness, what it misses, and the asked-for attributes it does not state. */
    public record Row(String handle, String title, int score, List<String> gaps, List<String> unstatedAsked, long askedWeight) {
    }

    /** A review that contradicts an attribute, still open. */
    public record Contradiction(String handle, String title, String topic, String detail) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quality(String user, List<CategoryDefinition> categories, String category, List<Asked> asked,
                                               List<Row> rows, List<Contradiction> contradictions, String error);
    }

    private final SecurityIdentity identity;
    private final Catalog catalog;
    private final Measurement measurement;
    private final Reviews reviews;
    private final String region;

    AdminQualityPage(SecurityIdentity identity, Catalog catalog, Measurement measurement, Reviews reviews,
                     @ConfigProperty(name = "cc.store.region") String region) {
        this.identity = identity;
        this.catalog = catalog;
        this.measurement = measurement;
        this.reviews = reviews;
        this.region = region;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response quality(@QueryParam("category") String category) {
        List<CategoryDefinition> categories = catalog.categories();
        if (categories.isEmpty()) {
            return page(200, categories, "", List.of(), List.of(), List.of(), "The catalog has no categories yet.");
        }
        String key = category == null || category.isBlank() ? categories.get(0).key() : category.strip();
        Optional<CategoryDefinition> chosen = categories.stream().filter(c -> c.key().equals(key)).findFirst();
        if (chosen.isEmpty()) {
            return page(400, categories, key, List.of(), List.of(), List.of(), "There is no category '" + key + "'.");
        }
        List<Asked> asked = asked(chosen.get());
        Map<String, Long> askedByKey = new LinkedHashMap<>();
        asked.forEach(a -> askedByKey.put(a.key(), a.conversations()));
        List<Row> rows = new ArrayList<>();
        for (Readiness readiness : catalog.readiness(key, region, ROWS)) {
            List<String> unstated = new ArrayList<>();
            long weight = 0;
            Optional<ProductDetails> details = catalog.details(readiness.product());
            for (Asked a : asked) {
                if (details.isPresent() && details.get().attribute(a.key()).isEmpty()) {
                    unstated.add(a.label() + " (" + a.conversations() + " conversations)");
                    weight += a.conversations();
                }
            }
            rows.add(new Row(readiness.handle(), readiness.title(), readiness.score(), readiness.gaps(), unstated, weight));
        }
        rows.sort(Comparator.comparingInt(Row::score).thenComparing(Comparator.comparingLong(Row::askedWeight).reversed()));
        List<Contradiction> contradictions = new ArrayList<>();
        for (Flag flag : reviews.flags(Flag.Status.OPEN, null, 500)) {
            if (flag.kind() == Flag.Kind.CONTRADICTION) {
                catalog.product(flag.product()).filter(p -> key.equals(p.category()))
                        .ifPresent(p -> contradictions.add(new Contradiction(p.handle(), p.title(), flag.topic(), flag.detail())));
            }
        }
        return page(200, categories, key, asked, rows, contradictions, null);
    }

    /** The category's attributes in the last {@value #DAYS} days' intents ("blenders: attr.noise + price"), most asked first. */
    private List<Asked> asked(CategoryDefinition category) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        IntentAnalytics analytics = measurement.intentAnalytics(today.minusDays(DAYS - 1L), today, category.key());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (IntentAnalytics.Term intent : analytics.intents()) {
            Matcher m = ATTRIBUTE.matcher(intent.term());
            while (m.find()) {
                counts.merge(m.group(1), intent.conversations(), Long::sum);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        category.attributes().forEach(a -> labels.put(a.key(), a.label()));
        return counts.entrySet().stream().filter(e -> labels.containsKey(e.getKey()))
                .map(e -> new Asked(e.getKey(), labels.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(Asked::conversations).reversed()).toList();
    }

    private Response page(int status, List<CategoryDefinition> categories, String category, List<Asked> asked, List<Row> rows,
                          List<Contradiction> contradictions, String error) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.quality(Identities.name(identity), categories,
                category, asked, rows, contradictions, error)).build();
    }
}
