package com.concierge.web.pages;

import com.concierge.reviews.api.guardrails.DoNotGenerate;
import com.concierge.reviews.api.guardrails.RegulatedTopic;
import com.concierge.reviews.api.guardrails.TopicMatch;
import com.concierge.web.security.Changes;
import com.concierge.web.security.Identities;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The do-not-generate list in the console (docs/console.md#do-not-generate): topics the assistant
 * and review summaries never write about in their own words (medical claims, say), each with the
 * phrases that raise it and the refusal shoppers get instead. Listed, added or replaced, removed;
 * and a sentence can be tried to see which topics it raises. Checked as the API checks it, each
 * error under its field, nothing saved until all are right.
 */
@Path("/admin/do-not-generate")
@RolesAllowed("merchandiser")
public class AdminDoNotGeneratePage {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** What was written, kept when the form comes back with errors. */
    public record Form(String id, String label, String phrases, String refusal) {

        static final Form EMPTY = new Form("", "", "", "");
    }

    /** A sentence tried against the list and the topics it raises ("phrase" → topic). */
    public record Trial(String text, List<TopicMatch> matches) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance topics(String user, List<RegulatedTopic> topics, Form form, Map<String, String> errors, Trial trial,
                                              String notice);
    }

    private final SecurityIdentity identity;
    private final DoNotGenerate doNotGenerate;
    private final Changes changes;

    AdminDoNotGeneratePage(SecurityIdentity identity, DoNotGenerate doNotGenerate, Changes changes) {
        this.identity = identity;
        this.doNotGenerate = doNotGenerate;
        this.changes = changes;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response topics(@QueryParam("try") String text, @QueryParam("done") String done, @QueryParam("id") String id) {
        Trial trial = text == null || text.isBlank() ? null : new Trial(text.strip(), doNotGenerate.matches(text.strip()));
        String notice = done == null ? null : switch (done) {
            case "saved" -> "Saved \"" + id + "\". Answers and review summaries written from now on keep off it.";
            case "removed" -> "Removed \"" + id + "\".";
            default -> null;
        };
        return Response.ok(page(Form.EMPTY, Map.of(), trial, notice), MediaType.TEXT_HTML_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestForm("id") String id, @RestForm("label") String label, @RestForm("phrases") String phrases,
                         @RestForm("refusal") String refusal) {
        Form form = new Form(Pages.kept(id), Pages.kept(label), Pages.kept(phrases), Pages.kept(refusal));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!ID.matcher(form.id()).matches()) {
            errors.put("id", "Write 1 to 40 lower-case letters, digits or dashes, such as medical-claims.");
        }
        if (form.label().isEmpty() || form.label().length() > 200) {
            errors.put("label", "Write what the topic is, 1 to 200 characters.");
        }
        List<String> lines = Arrays.stream(form.phrases().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || lines.size() > 500 || lines.stream().anyMatch(l -> l.length() > 200)) {
            errors.put("phrases", "Write at least one phrase, one per line: at most 500 phrases of at most 200 characters.");
        }
        if (form.refusal().isEmpty() || form.refusal().length() > 1000) {
            errors.put("refusal", "Write what shoppers are told instead, 1 to 1,000 characters.");
        }
        if (errors.isEmpty()) {
            RegulatedTopic topic = new RegulatedTopic(form.id(), form.label(), lines, form.refusal());
            changes.record("put", "do-not-generate", topic.id(), () -> doNotGenerate.topic(topic.id()),
                    () -> doNotGenerate.put(topic, Identities.name(identity)));
            return Pages.seeOther("/admin/do-not-generate?done=saved&id=" + URLEncoder.encode(topic.id(), StandardCharsets.UTF_8));
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page(form, errors, null, null)).build();
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response remove(@RestForm("id") String id) {
        String shown = Pages.kept(id);
        try {
            changes.record("delete", "do-not-generate", shown, () -> doNotGenerate.topic(shown), () -> {
                if (shown.isEmpty() || !doNotGenerate.delete(shown, Identities.name(identity))) {
                    throw new NoSuchElementException(shown);
                }
            });
        } catch (NoSuchElementException e) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(Form.EMPTY, Map.of(), null, "There is no topic \"" + shown + "\". Nothing was removed.")).build();
        }
        return Pages.seeOther("/admin/do-not-generate?done=removed&id=" + URLEncoder.encode(shown, StandardCharsets.UTF_8));
    }

    private TemplateInstance page(Form form, Map<String, String> errors, Trial trial, String notice) {
        return Templates.topics(Identities.name(identity), doNotGenerate.topics(), form, errors, trial, notice);
    }

}
