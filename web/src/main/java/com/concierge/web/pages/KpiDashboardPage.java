package com.concierge.web.pages;

import com.concierge.measurement.api.AuditItem;
import com.concierge.measurement.api.IntentAnalytics;
import com.concierge.measurement.api.Kpi;
import com.concierge.measurement.api.Measurement;
import com.concierge.web.api.Days;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The merchandiser's KPI dashboard: the conversation KPIs over a range of days, charted, with intent analytics. */
@Path("/admin/kpis")
@RolesAllowed("merchandiser")
public class KpiDashboardPage {

    private static final List<String> ALL = List.of(Kpi.ALL);
    private static final List<String> SPLITS = List.of(Kpi.ALL, Kpi.ASSISTED, Kpi.UNASSISTED);
    private static final List<String> ASSISTANCE = List.of(Kpi.ASSISTED, Kpi.UNASSISTED);

    /** What the form was given, echoed back as typed. */
    public record Form(String from, String to, String category) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Form form, String problem, Days.Range range, Map<String, String> totals,
                                                 List<KpiCharts.Chart> charts, IntentAnalytics analytics, long openAudits);
    }

    private final Measurement measurement;

    KpiDashboardPage(Measurement measurement) {
        this.measurement = measurement;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response dashboard(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("category") String category) {
        Form form = new Form(from == null ? "" : from, to == null ? "" : to, category == null ? "" : category);
        Days.Range range;
        List<Kpi> kpis;
        IntentAnalytics analytics;
        try {
            range = Days.Range.of(from, to, 30);
            String scope = category == null || category.isBlank() ? Kpi.ALL : category.strip();
            kpis = measurement.kpis(range.from(), range.to(), scope).stream()
                    .map(k -> Kpi.ALL.equals(scope) ? k : new Kpi(k.day(), Kpi.ALL, k.name(), k.split(), k.value(), k.numerator(), k.denominator()))
                    .toList();
            analytics = measurement.intentAnalytics(range.from(), range.to(), Kpi.ALL.equals(scope) ? null : scope);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML)
                    .entity(Templates.dashboard(form, e.getMessage(), null, Map.of(), List.of(), null, 0)).build();
        }
        List<KpiCharts.Chart> charts = List.of(
                KpiCharts.chart("conversations", "Conversations", KpiCharts.Unit.COUNT, ALL, kpis, range.from(), range.to()),
                KpiCharts.chart("conversion_rate", "Conversion", KpiCharts.Unit.PERCENT, ALL, kpis, range.from(), range.to()),
                KpiCharts.chart("time_to_confident_choice_p50_s", "Time to confident choice (median)", KpiCharts.Unit.SECONDS, ALL, kpis,
                        range.from(), range.to()),
                KpiCharts.chart("deflection_rate", "Deflection", KpiCharts.Unit.PERCENT, ALL, kpis, range.from(), range.to()),
                KpiCharts.chart("zero_result_rate", "Zero-result answers", KpiCharts.Unit.PERCENT, ALL, kpis, range.from(), range.to()),
                KpiCharts.chart("average_order_value_minor", "Average order value", KpiCharts.Unit.MONEY_MINOR, SPLITS, kpis, range.from(),
                        range.to()),
                KpiCharts.chart("attachment_rate", "Attachment", KpiCharts.Unit.PERCENT, ASSISTANCE, kpis, range.from(), range.to()),
                KpiCharts.chart("return_rate", "Returns", KpiCharts.Unit.PERCENT, ASSISTANCE, kpis, range.from(), range.to()),
                KpiCharts.chart("audit_score", "Answer audit score", KpiCharts.Unit.SCORE, ALL, kpis, range.from(), range.to()));
        long open = measurement.auditCount(AuditItem.Status.OPEN);
        return Response.ok(Templates.dashboard(form, null, range, KpiCharts.totals(kpis), charts, analytics, open), MediaType.TEXT_HTML).build();
    }
}
