package com.concierge.assistant.internal.semantic;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process sentence-embedding model (bge-small-en-v1.5, quantized ONNX, shipped inside a
 * Maven Central jar; no network). Loaded once, on first use; vectors of texts seen before come
 * from a bounded cache, so vocabulary entries and product titles are embedded once.
 */
public final class Embeddings {

    private static final int CACHE_LIMIT = 50_000;
    private static volatile Embeddings shared;

    private final BgeSmallEnV15QuantizedEmbeddingModel model;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    private Embeddings() {
        this.model = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    /** The one model of this process (about 1 s to load). */
    public static Embeddings shared() {
        Embeddings local = shared;
        if (local == null) {
            synchronized (Embeddings.class) {
                local = shared;
                if (local == null) {
                    shared = local = new Embeddings();
                }
            }
        }
        return local;
    }

    /** The unit-length vector of {@code text}; a null or blank text has the zero vector (cosine 0 with anything). */
    public float[] vector(String text) {
        if (text == null || text.isBlank()) {
            return new float[vector("a").length];
        }
        String key = text.length() > 512 ? text.substring(0, 512) : text;
        float[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        float[] vector = normalized(model.embed(key).content().vector());
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, vector);
        return vector;
    }

    public double similarity(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    /** Cosine of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
