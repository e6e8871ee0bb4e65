package com.concierge.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Asks OpenSearch for its cluster health, for start-up checks and the readiness probe. */
@ApplicationScoped
class OpenSearchProbe {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow|red)\"");

    /**
     * @param reachable an answer came back
     * @param status    green, yellow or red; null when unreachable
     * @param detail    what went wrong, or the URL that answered
     */
    record Answer(boolean reachable, String status, String detail) {
        boolean healthy() {
            return "green".equals(status) || "yellow".equals(status);
        }
    }

    private final List<URI> baseUrls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    OpenSearchProbe(@ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts") List<String> hosts,
                    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.protocol", defaultValue = "http") String protocol) {
        this.baseUrls = hosts.stream().map(host -> URI.create(protocol + "://" + host.strip())).toList();
    }

    List<URI> baseUrls() {
        return baseUrls;
    }

    /** The first host that answers decides; the others are tried only when it does not. */
    Answer probe() {
        String failure = "no host configured";
        for (URI base : baseUrls) {
            URI url = base.resolve("/_cluster/health");
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher status = STATUS.matcher(response.body());
                if (response.statusCode() == 200 && status.find()) {
                    return new Answer(true, status.group(1), url.toString());
                }
                failure = url + " answered " + response.statusCode();
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (" + url + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(false, null, "interrupted");
            }
        }
        return new Answer(false, null, failure);
    }
}
