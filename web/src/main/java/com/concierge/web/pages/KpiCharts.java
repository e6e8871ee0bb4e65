package com.concierge.web.pages;

import com.concierge.measurement.api.Kpi;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Server-rendered SVG line charts of daily KPI values: coordinates computed here, drawn by the
 * template as polylines, with every value also in a table for screen readers.
 */
final class KpiCharts {

    static final int WIDTH = 360;
    static final int HEIGHT = 150;
    static final int LEFT = 44;
    static final int RIGHT = 10;
    static final int TOP = 10;
    static final int BOTTOM = 24;

    private KpiCharts() {
    }

    /** One chart: its lines, axis labels and the values behind it. */
    record Chart(String id, String title, String yTop, String yBottom, String xFirst, String xLast, List<Line> lines, List<Row> rows) {
    }

    /** A split's line: the polyline's points and a dot per day with a value. */
    record Line(String label, String css, String points, List<Dot> dots) {
    }

    record Dot(String x, String y, String label) {
    }

    /** A day's values, one per line, formatted ("—" where there was nothing to measure). */
    record Row(LocalDate day, List<String> values) {
    }

    enum Unit { COUNT, PERCENT, SECONDS, MONEY_MINOR, SCORE }

    /** A chart of {@code name} over the days, one line per split, from the stored KPIs of category {@code *}. */
    static Chart chart(String name, String title, Unit unit, List<String> splits, List<Kpi> kpis, LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        List<Double[]> values = new ArrayList<>();
        double max = unit == Unit.PERCENT ? 1 : unit == Unit.SCORE ? 5 : 0;
        for (String split : splits) {
            Double[] series = new Double[days];
            for (Kpi k : kpis) {
                if (k.name().equals(name) && k.split().equals(split) && Kpi.ALL.equals(k.category()) && k.value() != null) {
                    int i = (int) ChronoUnit.DAYS.between(from, k.day());
                    if (i >= 0 && i < days) {
                        series[i] = k.value();
                        max = Math.max(max, k.value());
                    }
                }
            }
            values.add(series);
        }
        if (max == 0) {
            max = 1;
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        List<Line> lines = new ArrayList<>();
        for (int s = 0; s < splits.size(); s++) {
            StringBuilder points = new StringBuilder();
            List<Dot> dots = new ArrayList<>();
            Double[] series = values.get(s);
            for (int i = 0; i < days; i++) {
                if (series[i] == null) {
                    continue;
                }
                double x = LEFT + (days == 1 ? plotWidth / 2 : plotWidth * i / (days - 1));
                double y = TOP + plotHeight * (1 - series[i] / max);
                String px = String.format(Locale.ROOT, "%.1f", x);
                String py = String.format(Locale.ROOT, "%.1f", y);
                points.append(points.isEmpty() ? "" : " ").append(px).append(',').append(py);
                dots.add(new Dot(px, py, from.plusDays(i) + ": " + format(series[i], unit)));
            }
            lines.add(new Line(label(splits.get(s)), "split-" + (Kpi.ALL.equals(splits.get(s)) ? "all" : splits.get(s)), points.toString(), dots));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            List<String> row = new ArrayList<>();
            for (Double[] series : values) {
                row.add(series[i] == null ? "—" : format(series[i], unit));
            }
            rows.add(new Row(from.plusDays(i), row));
        }
        return new Chart(name, title, format(max, unit), format(0, unit), from.toString(), to.toString(), lines, rows);
    }

    /** Totals over the range for category {@code *}: numerators and denominators added, as docs/kpis.md says. */
    static Map<String, String> totals(List<Kpi> kpis) {
        Map<String, String> totals = new TreeMap<>();
        Kpi.totals(kpis.stream().filter(k -> Kpi.ALL.equals(k.category())).toList()).forEach((key, total) -> {
            Double value = total.value();
            totals.put(key, value == null ? "—" : format(value, unit(total.name())));
        });
        return totals;
    }

    static Unit unit(String name) {
        if (name.endsWith("_rate") || name.equals("sponsored_share")) {
            return Unit.PERCENT;
        }
        if (name.endsWith("_s")) {
            return Unit.SECONDS;
        }
        if (name.endsWith("_minor")) {
            return Unit.MONEY_MINOR;
        }
        return name.startsWith("audit_") ? Unit.SCORE : Unit.COUNT;
    }

    static String format(double value, Unit unit) {
        return switch (unit) {
            case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case PERCENT -> String.format(Locale.ROOT, "%.1f %%", value * 100);
            case SECONDS -> String.format(Locale.ROOT, "%.0f s", value);
            case MONEY_MINOR -> String.format(Locale.ROOT, "%,.2f", value / 100);
            case SCORE -> String.format(Locale.ROOT, "%.2f / 5", value);
        };
    }

    private static String label(String split) {
        return Kpi.ALL.equals(split) ? "all" : split;
    }
}
