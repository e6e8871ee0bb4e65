package com.concierge.assistant.internal.semantic;

import com.concierge.assistant.internal.intent.Things;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the embedding models (and WordNet's nouns) in the background when the store starts, so the
 * first shopper's turn does not wait the second or two it takes; a turn that comes earlier simply
 * loads them itself.
 *
 * <p>Not for a command-line run (arguments given: an import, a reindex), which never needs the
 * model. And shutdown waits for a load in progress: the process ending while ONNX Runtime is
 * still in native code aborts the JVM (exit 134), which a CI run once showed after a quick
 * command-line launch.
 */
@ApplicationScoped
class EmbeddingsWarmUp {

    private static final Logger LOG = Logger.getLogger(EmbeddingsWarmUp.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    @Inject
    @CommandLineArguments
    String[] arguments;

    private volatile Thread loading;

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "cc.assistant.embeddings", defaultValue = "true") boolean enabled,
                 @ConfigProperty(name = "cc.assistant.second-model", defaultValue = "true") boolean secondModel) {
        if (!enabled || arguments.length > 0) {
            return;
        }
        loading = Thread.ofPlatform().name("embeddings-warm-up").start(() -> {
            long start = System.nanoTime();
            try {
                Embeddings.shared().vector("warm up");
                LOG.infof("Embedding model loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
                if (secondModel) {
                    long second = System.nanoTime();
                    Embeddings.miniLm().vector("warm up");
                    LOG.infof("Second embedding model (answers' evidence) loaded in %d ms", (System.nanoTime() - second) / 1_000_000);
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.warnf("The embedding model did not load (%s); the assistant will try again on its first turn", e.toString());
            }
            // WordNet's nouns too (intent.Things, ADR 27): read once, not on a shopper's first turn
            long nouns = System.nanoTime();
            Things.madeThing("kettle");
            LOG.infof("WordNet nouns read in %d ms", (System.nanoTime() - nouns) / 1_000_000);
        });
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        Thread thread = loading;
        if (thread != null && !thread.join(LONGEST_WAIT)) {
            LOG.warn("The embedding model was still loading at shutdown");
        }
    }
}
