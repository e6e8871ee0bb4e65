package com.concierge.kernel.timing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a request's time went, for the {@code Server-Timing} response header: the resource calls
 * {@link #begin()}, the code it calls marks the end of each phase with {@link #lap(String)} (the
 * time since the previous lap, or since the beginning, is added to that phase) and may
 * {@link #count(String, int)} what it did, and the resource writes {@link #header(String)}. Kept
 * per thread: a request runs on one worker thread from begin to header, and what other threads do
 * for it is lapped by the thread that waits for them. Laps and counts outside a begun request are
 * ignored, so code timed here costs nothing elsewhere (a unit test, a CLI run).
 */
public final class ServerTiming {

    private static final ThreadLocal<Laps> CURRENT = new ThreadLocal<>();

    private ServerTiming() {
    }

    private static final class Laps {
        final long began = System.nanoTime();
        long last = began;
        final Map<String, Long> phases = new LinkedHashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
    }

    /** Starts timing this thread's request, dropping whatever an earlier one left. */
    public static void begin() {
        CURRENT.set(new Laps());
    }

    /** Adds the time since the previous lap to {@code phase}. */
    public static void lap(String phase) {
        Laps laps = CURRENT.get();
        if (laps == null) {
            return;
        }
        long now = System.nanoTime();
        laps.phases.merge(phase, now - laps.last, Long::sum);
        laps.last = now;
    }

    /** Adds {@code n} to the count named {@code what} ("searches"). */
    public static void count(String what, int n) {
        Laps laps = CURRENT.get();
        if (laps != null) {
            laps.counts.merge(what, n, Integer::sum);
        }
    }

    /**
     * The header's value: {@code total;dur=…} (named {@code total}) first, then each phase in the
     * order first lapped, the time after the last lap as {@code rest} (durations in milliseconds),
     * then each count as {@code searches;desc="4"}. Ends this thread's timing.
     */
    public static String header(String total) {
        Laps laps = CURRENT.get();
        CURRENT.remove();
        long now = System.nanoTime();
        if (laps == null) {
            return metric(total, 0);
        }
        Map<String, Long> phases = new LinkedHashMap<>(laps.phases);
        if (!phases.isEmpty() && now > laps.last) {
            phases.merge("rest", now - laps.last, Long::sum);
        }
        return Stream.concat(Stream.concat(Stream.of(metric(total, now - laps.began)),
                                phases.entrySet().stream().map(e -> metric(e.getKey(), e.getValue()))),
                        laps.counts.entrySet().stream().map(e -> e.getKey() + ";desc=\"" + e.getValue() + "\""))
                .collect(Collectors.joining(", "));
    }

    private static String metric(String name, long nanos) {
        return String.format(Locale.ROOT, "%s;dur=%.1f", name, nanos / 1e6);
    }
}
