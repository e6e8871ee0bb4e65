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
}
