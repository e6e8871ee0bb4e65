package com.concierge.assistant.internal.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-process sentence-embedding model (quantized ONNX, shipped inside a Maven Central jar; no
 * network). Two are used: bge-small-en-v1.5 ({@link #shared()}, for everything that reads meaning)
 * and all-MiniLM-L6-v2 ({@link #miniLm()}, the evidence ranker's second opinion; ADR 37). Each is
 * loaded once, on first use; vectors of texts seen before come from a bounded cache, so vocabulary
 * entries and product titles are embedded once.
 */
public final class Embeddings {

    private static final int CACHE_LIMIT = 50_000;
    /** bge-small-en-v1.5's instruction for a short query searched against passages, as its model card gives it. */
    private static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private static volatile Embeddings shared;
    private static volatile Embeddings miniLm;

    private final EmbeddingModel model;
    private final String queryInstruction;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    private Embeddings(EmbeddingModel model, String queryInstruction) {
        this.model = model;
        this.queryInstruction = queryInstruction;
    }

    /** bge-small-en-v1.5, the model of this process that reads meaning (about 1 s to load). */
    public static Embeddings shared() {
        Embeddings local = shared;
        if (local == null) {
            synchronized (Embeddings.class) {
                local = shared;
                if (local == null) {
                    shared = local = new Embeddings(new BgeSmallEnV15QuantizedEmbeddingModel(), BGE_QUERY_INSTRUCTION);
                }
            }
        }
        return local;
    }

    /**
     * all-MiniLM-L6-v2: trained on question–answer pairs among others, it ranks product evidence
     * better than bge alone on the product-QA files, and best with it (docs/quality.md#product-questions).
     */
    public static Embeddings miniLm() {
        Embeddings local = miniLm;
        if (local == null) {
            synchronized (Embeddings.class) {
                local = miniLm;
                if (local == null) {
                    miniLm = local = new Embeddings(new AllMiniLmL6V2QuantizedEmbeddingModel(), "");
                }
            }
        }
        return local;
    }

    /**
     * The vector of a question searched against passages (evidence): with the model's query
     * instruction where it has one, as the model was trained for asymmetric search.
     */
    public float[] queryVector(String question) {
        return question == null || question.isBlank() ? vector(question) : vector(queryInstruction + question);
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
