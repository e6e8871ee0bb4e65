package com.concierge.kernel.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServerTimingTest {

    private static Map<String, Double> metrics(String header) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([a-z]+);dur=([0-9.]+)").matcher(header);
        while (m.find()) {
            metrics.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return metrics;
    }

    @Test
    void eachPhaseGetsTheTimeSinceThePreviousLapAndTheTotalComesFirst() throws InterruptedException {
        ServerTiming.begin();
        Thread.sleep(20);
        ServerTiming.lap("search");
        ServerTiming.count("searches", 1);
        Thread.sleep(5);
        ServerTiming.lap("check");
        Thread.sleep(10);
        ServerTiming.lap("search"); // a phase lapped twice adds up
        ServerTiming.count("searches", 3);
        String header = ServerTiming.header("turn");
        Map<String, Double> metrics = metrics(header);

        assertThat(metrics.keySet()).containsExactly("turn", "search", "check", "rest");
        assertThat(metrics.get("search")).isGreaterThanOrEqualTo(30.0);
        assertThat(metrics.get("check")).isGreaterThanOrEqualTo(5.0).isLessThan(metrics.get("search"));
        double phases = metrics.get("search") + metrics.get("check") + metrics.get("rest");
        assertThat(metrics.get("turn")).isGreaterThanOrEqualTo(35.0).isCloseTo(phases, org.assertj.core.data.Offset.offset(0.3));
        assertThat(header).endsWith(", searches;desc=\"4\"");
    }

    @Test
    void lapsOutsideARequestAreIgnoredAndAHeaderEndsTheTiming() {
        ServerTiming.lap("read"); // no request begun on this thread
        ServerTiming.count("searches", 1);
        assertThat(metrics(ServerTiming.header("turn")).keySet()).containsExactly("turn");

        ServerTiming.begin();
        ServerTiming.lap("read");
        ServerTiming.header("turn");
        ServerTiming.lap("read"); // after the header: nothing to add to
        assertThat(metrics(ServerTiming.header("turn")).keySet()).containsExactly("turn");
    }
}
