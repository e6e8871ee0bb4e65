package com.concierge.measurement.api;

import java.time.LocalDate;

/**
 * One KPI value for one day (UTC) and category; definitions and formulas in docs/kpis.md.
 *
 * @param category    a category key, {@link #ALL} for every category, {@link #NONE} for conversations and orders without one
 * @param split       {@link #ALL}, {@code assisted} or {@code unassisted} (order KPIs have all three)
 * @param value       numerator / denominator for rates and averages, the percentile for times, the count for counts;
 *                    null when there was nothing to measure (denominator 0)
 */
public record Kpi(LocalDate day, String category, String name, String split, Double value, double numerator, double denominator) {

    public static final String ALL = "*";
    public static final String NONE = "(none)";
    public static final String ASSISTED = "assisted";
    public static final String UNASSISTED = "unassisted";
    /** KPIs whose value is a count (the numerator; the denominator is 1 per day). */
    public static final java.util.Set<String> COUNTS = java.util.Set.of("conversations", "orders");

    /**
     * One KPI and split added up over several days (or categories) the way docs/kpis.md says:
     * numerators and denominators, never values. Percentiles do not add up; their totals mean nothing.
     */
    public record Total(String name, String split, double numerator, double denominator) {

        /** A count's total is its numerator; a rate's or an average's is numerator ÷ denominator, null when that is 0. */
        public Double value() {
            return COUNTS.contains(name) ? Double.valueOf(numerator) : denominator == 0 ? null : numerator / denominator;
        }
    }

    /** The totals per KPI and split of {@code kpis}, keyed {@code name + "/" + split}. */
    public static java.util.Map<String, Total> totals(java.util.Collection<Kpi> kpis) {
        java.util.Map<String, Total> totals = new java.util.TreeMap<>();
        for (Kpi k : kpis) {
            totals.merge(k.name() + "/" + k.split(), new Total(k.name(), k.split(), k.numerator(), k.denominator()),
                    (a, b) -> new Total(a.name(), a.split(), a.numerator() + b.numerator(), a.denominator() + b.denominator()));
        }
        return totals;
    }
}
