package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.web.support.Keycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A merchandiser keeps the do-not-generate list in the console (docs/console.md#do-not-generate):
 * tries a sentence, is refused a topic without phrases (nothing saved), adds one, sees the sentence
 * raise it, removes it.
 */
@QuarkusTest
@TestProfile(AssistantConversationTest.DemoStore.class)
class ConsoleDoNotGenerateTest {

    @TestHTTPResource("/")
    URI store;

    @Test
    void aMerchandiserAddsATopicAndASentenceRaisesIt() {
        HttpClient browser = Keycloak.browser();
        HttpResponse<String> page = Keycloak.openSignedIn(browser, store.resolve("/admin/do-not-generate?try=it+cured+my+arthritis"),
                "merchandiser");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Do-not-generate list</h1>").contains("<code>medical</code>")
                .contains("\"arthritis\" raises <code>medical</code>");

        HttpResponse<String> wrong = post(browser, page, "/admin/do-not-generate", Map.of("id", "Pet Health", "label", "Pet health",
                "phrases", " \n ", "refusal", "I can't give legal advice."));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Nothing was saved: 2 fields to correct.").contains("id=\"id-error\"").contains("id=\"phrases-error\"")
                .contains("value=\"Pet Health\"");
        assertThat(Keycloak.get(browser, store.resolve("/admin/do-not-generate")).body()).doesNotContain("<code>pet-health</code>");

        HttpResponse<String> saved = post(browser, wrong, "/admin/do-not-generate", Map.of("id", "pet-health", "label", "Pet health",
                "phrases", "dog ate\nswallowed by my cat", "refusal", "Please call your vet."));
        assertThat(saved.statusCode()).isEqualTo(303);
        try {
            HttpResponse<String> tried = Keycloak.get(browser, store.resolve("/admin/do-not-generate?try=my+dog+ate+the+filter"));
            assertThat(tried.body()).contains("\"dog ate\" raises <code>pet-health</code>");
        } finally {
            HttpResponse<String> current = Keycloak.get(browser, store.resolve("/admin/do-not-generate"));
            assertThat(post(browser, current, "/admin/do-not-generate/remove", Map.of("id", "pet-health")).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> gone = Keycloak.get(browser, store.resolve("/admin/do-not-generate?try=my+dog+ate+the+filter"));
        assertThat(gone.body()).contains("It raises no topic");
        HttpResponse<String> log = Keycloak.get(browser, store.resolve("/admin/changes?kind=do-not-generate&subject=pet-health"));
        assertThat(log.body()).contains("1–2 of 2");
    }

    private HttpResponse<String> post(HttpClient browser, HttpResponse<String> page, String path, Map<String, String> fields) {
        return Keycloak.postFormOf(browser, page, store.resolve(path), fields);
    }
}
