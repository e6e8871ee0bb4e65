package com.concierge.catalog.api;

import com.concierge.catalog.api.reasons.LabelChange;
import com.concierge.catalog.api.reasons.ReasonRule;
import com.concierge.catalog.api.reasons.ReasonRuleSet;
import com.concierge.catalog.api.reasons.Relabelling;
import com.concierge.catalog.api.reasons.RuleVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Categories: their attribute schemas, the variant options their products come in, and their
 * reason-code rules (versions, preview, relabelling and its audit trail). The console's categories
 * page talks to this.
 * Part of {@link Catalog}.
 */
public interface CategoryCatalog {

    /** The category's current reason rules, if it has any. */
    Optional<ReasonRuleSet> reasonRules(String category);

    /**
     * Stores {@code rules} as the category's next rule version and relabels every product of the
     * category in the same transaction; each gained or lost label goes to the audit trail.
     *
     * @throws IllegalArgumentException when a rule names an attribute the schema lacks or misuses it
     */
    Relabelling defineReasonRules(String category, List<ReasonRule> rules, String changedBy, String note);

    /**
     * What {@link #defineReasonRules} would change with {@code rules}, saving nothing: every label a
     * product of the category would gain or lose.
     *
     * @throws IllegalArgumentException when a rule names an attribute the schema lacks or misuses it
     */
    List<LabelChange> previewReasonRules(String category, List<ReasonRule> rules);

    /** Every version of the category's reason rules, newest first, as written. */
    List<RuleVersion> reasonRuleHistory(String category);

    /** The newest label changes of a category (the audit trail), newest first. */
    List<LabelChange> labelChanges(String category, int limit);

    /**
     * Creates or replaces a category's attribute schema. Replacing bumps the schema version when
     * the attributes changed; the same definition again changes nothing.
     *
     * @return the category as stored, with its schema version
     * @throws IllegalArgumentException when the new schema refuses a value a product of the
     *                                  category has stored, or cannot hold one of its reason rules
     *                                  ({@link SchemaImpact#blocked()}; the message names them)
     */
    CategoryDefinition defineCategory(CategoryDefinition category);

    /**
     * What {@link #defineCategory} would do with {@code proposed}, saving nothing: attributes
     * added, removed or changed, stored values refused, values newly required but missing, and
     * reason rules that would no longer fit. For a new category: its attributes, each as added.
     */
    SchemaImpact previewCategory(CategoryDefinition proposed);

    Optional<CategoryDefinition> category(String key);

    /** Every category, by key. */
    List<CategoryDefinition> categories();

    /**
     * The variant options a category's products come in ("color" → black, red, white), option names
     * and values as the product data wrote them. The assistant reads "only black" with it.
     *
     * @param category a category key, or null for every product
     */
    Map<String, java.util.SortedSet<String>> variantOptions(String category);
}
