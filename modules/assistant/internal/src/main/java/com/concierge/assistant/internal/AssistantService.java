package com.concierge.assistant.internal;

import com.concierge.assistant.api.Answer;
import com.concierge.assistant.api.Assistant;
import com.concierge.assistant.api.Caller;
import com.concierge.assistant.api.Comparison;
import com.concierge.assistant.api.Constraint;
import com.concierge.assistant.api.Conversation;
import com.concierge.assistant.api.PlacementRules;
import com.concierge.assistant.api.ProposedAction;
import com.concierge.assistant.api.Purchases;
import com.concierge.assistant.internal.support.SupportDesk;
import com.concierge.assistant.internal.support.SupportWording;
import com.concierge.assistant.internal.support.OrderAsks;
import com.concierge.assistant.api.Receipt;
import com.concierge.assistant.api.Recommendation;
import com.concierge.assistant.api.Refusal;
import com.concierge.assistant.api.SearchFilters;
import com.concierge.assistant.api.Sponsorship;
import com.concierge.assistant.api.Turn;
import com.concierge.assistant.api.events.AssistantTurnTaken;
import com.concierge.assistant.api.events.ShopperInteracted;
import com.concierge.assistant.internal.answer.Answerer;
import com.concierge.assistant.internal.answer.EvidenceRanker;
import com.concierge.assistant.internal.intent.Currencies;
import com.concierge.assistant.internal.intent.FilterChips;
import com.concierge.assistant.internal.intent.IntentParser;
import com.concierge.assistant.internal.intent.Language;
import com.concierge.assistant.internal.intent.Meanings;
import com.concierge.assistant.internal.intent.Reading;
import com.concierge.assistant.internal.intent.RegulatedAsk;
import com.concierge.assistant.internal.intent.Spelling;
import com.concierge.assistant.internal.intent.Things;
import com.concierge.assistant.internal.intent.Vocabulary;
import com.concierge.assistant.internal.intent.VocabularySource;
import com.concierge.assistant.internal.intent.Words;
import com.concierge.assistant.internal.recommend.Candidates;
import com.concierge.assistant.internal.recommend.Comparer;
import com.concierge.assistant.internal.recommend.Placements;
import com.concierge.assistant.internal.recommend.Receipts;
import com.concierge.assistant.internal.recommend.Recommender;
import com.concierge.assistant.internal.semantic.EmbeddingMeanings;
import com.concierge.assistant.internal.semantic.Embeddings;
import com.concierge.assistant.internal.session.SessionIntent;
import com.concierge.assistant.internal.session.SessionState;
import com.concierge.assistant.internal.store.ConversationRecord;
import com.concierge.assistant.internal.store.PlacementRulesRecord;
import com.concierge.assistant.internal.store.ReceiptRecord;
import com.concierge.assistant.internal.store.SponsoredRecord;
import com.concierge.assistant.internal.store.TurnRecord;
import com.concierge.assistant.internal.wording.EvidenceCheck;
import com.concierge.assistant.internal.wording.ModelWording;
import com.concierge.catalog.api.Catalog;
import com.concierge.catalog.api.ProductDetails;
import com.concierge.catalog.api.ProductSummary;
import com.concierge.catalog.api.search.SearchQuery;
import com.concierge.kernel.events.EventPublisher;
import com.concierge.kernel.timing.ServerTiming;
import com.concierge.kernel.privacy.PersonalData;
import com.concierge.kernel.text.ShopperText;
import com.concierge.reviews.api.Reviews;
import com.concierge.reviews.api.guardrails.DoNotGenerate;
import com.concierge.reviews.api.guardrails.RegulatedTopic;
import com.concierge.reviews.api.guardrails.TopicMatch;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The assistant facade: one transaction per turn (state, turn, receipts and the event commit together). */
@ApplicationScoped
@io.quarkus.runtime.Startup // built at start, so a malformed cc.store.exchange-rates stops the store with its message
class AssistantService implements Assistant {

    /** Said after picks found the slower way, while search is unavailable (docs/assistant.md, "When search is down"). */
    static final String SEARCH_DOWN = "(Search is briefly unavailable, so I went through the catalog directly: every pick still meets "
            + "what you asked for, but the order may be rougher than usual.)";

    static final int SHOWN = 3;

    private final Catalog catalog;
    private final Reviews reviews;
    private final DoNotGenerate doNotGenerate;
    private final EventPublisher events;
    private final ObjectMapper json;
    private final VocabularySource vocabularies;
    private final ModelWording wording;
    private final String region;
    private final boolean semantic;
    private final boolean secondModel;
    private final double meaningThreshold;
    private final double answerThreshold;
    private final Currencies currencies;
    private final jakarta.enterprise.inject.Instance<Purchases> purchases;
    private final Clock clock = Clock.systemUTC();

    AssistantService(Catalog catalog, Reviews reviews, DoNotGenerate doNotGenerate, EventPublisher events, ObjectMapper json,
                     VocabularySource vocabularies, ModelWording wording, @ConfigProperty(name = "cc.assistant.region", defaultValue = "US") String region,
                     @ConfigProperty(name = "cc.assistant.embeddings", defaultValue = "true") boolean semantic,
                     @ConfigProperty(name = "cc.assistant.second-model", defaultValue = "true") boolean secondModel,
                     @ConfigProperty(name = "cc.assistant.meaning-threshold", defaultValue = "0.78") double meaningThreshold,
                     @ConfigProperty(name = "cc.assistant.answer-threshold", defaultValue = EvidenceRanker.ANSWER_THRESHOLD) double answerThreshold,
                     @ConfigProperty(name = "cc.store.currency", defaultValue = "USD") String storeCurrency,
                     @ConfigProperty(name = "cc.store.exchange-rates") Optional<String> exchangeRates,
                     jakarta.enterprise.inject.Instance<Purchases> purchases) {
        this.purchases = purchases;
        this.catalog = catalog;
        this.reviews = reviews;
        this.doNotGenerate = doNotGenerate;
        this.events = events;
        this.json = json;
        this.vocabularies = vocabularies;
        this.wording = wording;
        this.region = region;
        this.semantic = semantic;
        this.secondModel = secondModel;
        this.meaningThreshold = meaningThreshold;
        this.answerThreshold = answerThreshold;
        this.currencies = Currencies.parse(storeCurrency, exchangeRates.orElse(""));
    }

    /**
     * The embedding model, or null when it is turned off or cannot load here (a missing native library):
     * the turn then reads and ranks without meanings, never fails for it.
     */
    private Embeddings embeddings() {
        return model(Embeddings::shared);
    }

    /**
     * all-MiniLM, the evidence ranker's second opinion (ADR 37), or null as {@link #embeddings()} and when
     * {@code cc.assistant.second-model} is off (about 50 MiB less memory; bge then counts twice).
     */
    private Embeddings miniLm() {
        return secondModel ? model(Embeddings::miniLm) : null;
    }

    private Embeddings model(java.util.function.Supplier<Embeddings> load) {
        if (!semantic) {
            return null;
        }
        try {
            return load.get();
        } catch (LinkageError | RuntimeException unavailable) {
            org.jboss.logging.Logger.getLogger(AssistantService.class).warnf("An embedding model is unavailable, so this turn reads "
                    + "without its meanings: %s", unavailable.toString());
            return null;
        }
    }

    @Override
    @Transactional
    public Conversation start(Caller owner) {
        ConversationRecord record = new ConversationRecord();
        record.ownedBy(owner);
        record.id = UUID.randomUUID();
        record.state = write(SessionState.EMPTY);
        record.turns = 0;
        record.startedAt = record.updatedAt = clock.instant();
        record.persist();
        return view(record, SessionState.EMPTY);
    }

    @Override
    @Transactional
    public Optional<Conversation> conversation(UUID id, Caller caller) {
        return owned(id, caller).map(r -> view(r, read(r.state, SessionState.class)));
    }

    @Override
    @Transactional
    public int claim(Caller caller) {
        if (caller.subject() == null || caller.guestKey() == null) {
            return 0;
        }
        return (int) ConversationRecord.update("ownerSubject = ?1, guestKeyHash = null where ownerSubject is null and guestKeyHash = ?2",
                caller.subject(), ConversationRecord.hash(caller.guestKey()));
    }

    @Override
    @Transactional
    public List<UUID> conversationsOf(String subject) {
        if (subject == null) {
            return List.of();
        }
        return ConversationRecord.<ConversationRecord>list("ownerSubject", subject).stream().map(c -> c.id).toList();
    }

    @Override
    @Transactional
    public void interacted(UUID conversation, Caller caller, ShopperInteracted.Kind kind, List<UUID> products) {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: one of " + java.util.Arrays.toString(ShopperInteracted.Kind.values()));
        }
        List<UUID> named = products == null ? List.of() : products.stream().filter(Objects::nonNull).distinct().toList();
        String expected = switch (kind) {
            case CARD_CLICKED -> named.size() == 1 ? null : "one product";
            case COMPARE_USED -> named.size() >= 2 && named.size() <= 4 ? null : "two to four different products";
            case HANDOFF_REQUESTED -> named.isEmpty() ? null : "no products";
        };
        if (expected != null) {
            throw new IllegalArgumentException(kind + " names " + expected + ", got " + named.size());
        }
        if (owned(conversation, caller).isEmpty()) {
            throw new NoSuchElementException("no conversation " + conversation);
        }
        events.publish(new ShopperInteracted(UUID.randomUUID(), clock.instant(), conversation, kind, named));
    }

    @Override
    @Transactional
    public Turn reply(UUID id, Caller caller, String written) {
        // Personal data goes before anything reads the words: the parser, the stored turn, the event
        String text = readable(written);
        ConversationRecord record = locked(id, caller);
        SessionState state = read(record.state, SessionState.class);
        int number = record.turns + 1;
        Vocabulary vocabulary = vocabularies.current();
        ServerTiming.lap("load");

        // help with something bought (docs/postpurchase.md#in-the-conversation); a danger told goes to
        // the safety route before anything else, even before a regulated topic would decline
        // (a guest's question about the cards shown, "is it safe? my kid burns himself", is not about their own thing)
        Optional<SupportDesk.Help> help = help(text, caller, vocabulary, state.shown().isEmpty())
                .filter(h -> h.purchase() != null || h.kind() == SupportDesk.Kind.WHICH || state.shown().isEmpty());
        if (help.isPresent() && help.get().kind() == SupportDesk.Kind.SAFETY) {
            return support(record, state, number, text, help.get(), caller);
        }
        // where is my order, buy it again, what fits it: read from the shopper's own orders when signed in
        Optional<OrderAsks.Kind> asked = OrderAsks.kind(text);
        if (asked.isPresent() && caller.subject() != null && purchases.isResolvable()) {
            return orderAsk(record, state, number, text, asked.get(), caller, vocabulary);
        }
        List<TopicMatch> regulated = regulated(text);
        if (!regulated.isEmpty()) {
            // the claim is declined, but what the shopper named stays what they are shopping for ("a
            // blender that lowers cholesterol", "a smart plug certified never to catch fire"): the next
            // turn goes on with blenders, or with smart plugs
            Reading named = new IntentParser(vocabulary, Meanings.NONE, Spelling.NONE, currencies).read(text.strip(), state.category(), List.of());
            boolean names = named.category() != null && !"meaning".equals(named.categorySource());
            return refuse(record, names ? SessionIntent.apply(state, named, vocabulary) : state, number, text, regulated.get(0));
        }
        Optional<String> language = Language.notEnglish(text, vocabularies.spelling());
        if (language.isPresent()) {
            return otherLanguage(record, state, number, text, language.get());
        }
        Embeddings model = embeddings();
        Meanings meanings = model != null ? new EmbeddingMeanings(model, meaningThreshold, 0.015) : Meanings.NONE;
        // an amount said without a currency is in the one the shopper last named ("under £300" … "I can stretch to 450")
        IntentParser.Said said = IntentParser.Said.of(state.topic(), state.constraints().stream()
                .filter(c -> c.field().equals("price")).map(Constraint::source).findFirst().orElse(null));
        Reading reading = new IntentParser(vocabulary, meanings, vocabularies.spelling(), currencies, said).read(text.strip(), state.category(),
                state.shown().stream().map(s -> new IntentParser.Shown(s.title(), s.brand())).toList());
        ServerTiming.lap("read");
        // a limit read, a comparison, a decision, an action or a question about the cards shown wins over help
        boolean aboutCards = reading.kind() == Reading.Kind.QUESTION && !state.shown().isEmpty();
        if (asked.orElse(null) == OrderAsks.Kind.WHERE && reading.constraints().isEmpty() && !aboutCards) {
            Turn turn = new Turn(record.id, number, Turn.Intent.SUPPORT, "I can look your orders up once you sign in. "
                    + "For an order placed as a guest, find it on the Orders page with its number and e-mail: it shows where the order is.",
                    state.constraints(), List.of(), List.of(), List.of(), Refusal.NONE, null, null, null);
            return finish(record, state, turn, text, List.of(), null);
        }
        if (help.isPresent() && reading.constraints().isEmpty() && !aboutCards && reading.kind() != Reading.Kind.COMPARE
                && reading.kind() != Reading.Kind.DECIDE && reading.kind() != Reading.Kind.ACTION) {
            return support(record, state, number, text, help.get(), caller);
        }
        return switch (reading.kind()) {
            case QUESTION -> question(record, state, number, reading);
            case COMPARE -> compare(record, state, number, reading);
            case DECIDE -> decide(record, state, number, reading, vocabulary);
            case ACTION -> action(record, state, number, reading, caller, vocabulary);
            case SHOP -> shop(record, SessionIntent.apply(state, reading, vocabulary), number, reading, vocabulary, Turn.Intent.SHOP);
            // "something under $100", "a present for my son, up to $300": no category yet, but the limits said
            // are kept for the turn that names one; of a thing the store does not sell ("a rice cooker under $60"),
            // only the budget and rating, for "an air fryer then, same price", shown as chips the shopper can take off
            case UNCLEAR -> unclear(record, SessionIntent.apply(state, notSold(vocabulary, reading).isEmpty() ? reading : reading.generalLimitsOnly(),
                    vocabulary), number, reading, vocabulary);
        };
    }

    /** The help a message asks for with something the shopper bought, if it asks for any. */
    /** @param pointing whether "it" may mean something bought (no cards are shown for it to mean instead) */
    private Optional<SupportDesk.Help> help(String text, Caller caller, Vocabulary vocabulary, boolean pointing) {
        boolean signedIn = caller.subject() != null && purchases.isResolvable();
        if (!SupportDesk.asksForHelp(text, signedIn && pointing)) {
            return Optional.empty();
        }
        List<Purchases.Purchase> bought = signedIn ? purchases.get().of(caller.subject()) : List.of();
        return new SupportDesk(vocabulary, embeddings(), catalog::guidesFor, catalog::guidesForCategory, reviews::safetyTopics)
                .read(text.strip(), bought, pointing);
    }

    /** Where an order is, buying it again, or what fits it, for a signed-in shopper, from their own orders. */
    private Turn orderAsk(ConversationRecord record, SessionState state, int number, String text, OrderAsks.Kind kind, Caller caller,
                          Vocabulary vocabulary) {
        List<Purchases.Purchase> bought = purchases.get().of(caller.subject());
        String reply;
        Answer answer = null;
        ProposedAction action = null;
        List<String> followUps = List.of();
        if (bought.isEmpty()) {
            reply = SupportWording.NOT_FOUND;
        } else {
            List<Purchases.Purchase> meant = SupportDesk.meant(vocabulary, text, bought);
            List<Purchases.Purchase> products = meant.stream().filter(distinctBy(Purchases.Purchase::product)).toList();
            Purchases.Purchase newest = meant.get(0);
            switch (kind) {
                case WHERE -> reply = OrderAsks.where(meant);
                case REORDER -> {
                    if (products.size() > 1) {
                        reply = "Which one would you like again: " + String.join(", ", products.stream().limit(4).map(Purchases.Purchase::title).toList()) + "?";
                        followUps = products.stream().limit(3).map(p -> "Reorder my " + p.title()).toList();
                    } else {
                        String confirm = "Add the " + newest.title() + " to my cart";
                        action = new ProposedAction(ProposedAction.Kind.ADD_TO_CART, newest.product(), newest.sku(), confirm);
                        reply = "I don't change your cart myself. To buy the " + newest.title() + " again (order " + newest.orderNumber()
                                + "), confirm: \"" + confirm + "\". The cart shows today's price.";
                    }
                }
                case FITS -> {
                    if (products.size() > 1) {
                        reply = "Which one do you mean: " + String.join(", ", products.stream().limit(4).map(Purchases.Purchase::title).toList()) + "?";
                        followUps = products.stream().limit(3).map(p -> "What fits my " + p.title() + "?").toList();
                    } else {
                        List<com.concierge.catalog.api.compatibility.CompatibilityLink> links;
                        try {
                            links = catalog.compatibility(newest.product(), newest.sku());
                        } catch (NoSuchElementException | IllegalArgumentException gone) {
                            links = List.of(); // the product or its variant left the catalog
                        }
                        SupportWording.Worded worded = OrderAsks.fits(newest, OrderAsks.fitting(links));
                        reply = worded.reply();
                        answer = new Answer(newest.product(), text.strip(), !worded.citations().isEmpty(), reply, worded.citations());
                    }
                }
                default -> throw new IllegalStateException(kind.toString());
            }
        }
        Turn turn = new Turn(record.id, number, Turn.Intent.SUPPORT, reply, state.constraints(), List.of(), List.of(), followUps, Refusal.NONE,
                answer, null, action);
        return finish(record, state, turn, text, List.of(), answer == null ? null : answer.known());
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, ?> key) {
        Set<Object> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    /** A help turn: the guide's steps cited; for a danger, the safety route and an item in the review queue. */
    private Turn support(ConversationRecord record, SessionState state, int number, String text, SupportDesk.Help help, Caller caller) {
        SupportWording.Worded worded = SupportWording.word(help, caller.subject() != null);
        Purchases.Purchase about = help.purchase();
        boolean safety = help.kind() == SupportDesk.Kind.SAFETY;
        if (safety && about != null) {
            reviews.reportSafety(about.product(), String.join(", ", help.safety()), "A shopper told the assistant about their " + about.title()
                    + ": \"" + text.strip() + "\"", "conversation " + record.id + "/turn " + number);
        }
        boolean offersReturn = about != null && (safety || help.guide() != null
                && help.guide().otherwise() == com.concierge.catalog.api.guides.Guide.Otherwise.START_RETURN);
        ProposedAction action = offersReturn ? new ProposedAction(ProposedAction.Kind.START_RETURN, about.product(), about.sku(),
                "Start a return for the " + about.title(), about.order()) : null;
        Answer answer = new Answer(about == null ? null : about.product(), text.strip(), help.kind() == SupportDesk.Kind.GUIDE || safety,
                worded.reply(), worded.citations());
        Turn turn = new Turn(record.id, number, safety ? Turn.Intent.SAFETY : Turn.Intent.SUPPORT, worded.reply(), state.constraints(), List.of(),
                List.of(), worded.followUps(), Refusal.NONE, answer, null, action);
        return finish(record, state, turn, text, List.of(), help.kind() == SupportDesk.Kind.GUIDE || safety);
    }

    @Override
    @Transactional
    public Turn ask(UUID id, Caller caller, UUID product, String written) {
        String question = readable(written);
        ConversationRecord record = locked(id, caller);
        ProductDetails details = catalog.details(product).orElseThrow(() -> new NoSuchElementException("no product " + product));
        SessionState state = read(record.state, SessionState.class);
        int number = record.turns + 1;
        List<TopicMatch> regulated = regulated(question);
        if (!regulated.isEmpty()) {
            return refuse(record, state, number, question, regulated.get(0));
        }
        return answer(record, state, number, details, question.strip(), List.of());
    }

    @Override
    @Transactional
    public Turn filter(UUID id, Caller caller, SearchFilters filters) {
        ConversationRecord record = locked(id, caller);
        SessionState state = read(record.state, SessionState.class);
        Vocabulary vocabulary = vocabularies.current();
        String category = filters.category() != null ? filters.category() : state.category();
        boolean sameCategory = Objects.equals(category, state.category());
        String currency = state.constraints().stream().filter(c -> c.field().equals("price") && c.hard() && c.unit() != null).map(Constraint::unit)
                .findFirst().orElse("USD");
        List<Constraint> constraints = new ArrayList<>();
        for (Constraint c : state.constraints()) {
            // another category's attributes and options mean nothing in the new one
            boolean categorySpecific = c.field().startsWith("attr.") || c.field().startsWith("option.");
            if (!FilterChips.expresses(c) && (sameCategory || !categorySpecific)) {
                constraints.add(c);
            }
        }
        List<Constraint> chosen = FilterChips.constraints(filters,
                Optional.ofNullable(category).flatMap(vocabulary::category).map(Vocabulary.CategoryWords::definition), currency);
        constraints.addAll(chosen);
        SessionState filtered = new SessionState(category, constraints, state.shown(), state.topic());
        String message = chosen.isEmpty() ? "cleared the search filters"
                : "chose in search: " + String.join(", ", chosen.stream().map(Constraint::text).toList());
        return chipsChanged(record, filtered, message, vocabulary);
    }

    @Override
    @Transactional
    public Turn editConstraint(UUID id, Caller caller, String constraintId, String typed) {
        ConversationRecord record = locked(id, caller);
        String value = typed == null ? null : PersonalData.redact(ShopperText.clean(typed));
        SessionState state = read(record.state, SessionState.class);
        Vocabulary vocabulary = vocabularies.current();
        Constraint existing = state.constraints().stream().filter(c -> c.id().equals(constraintId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("the conversation has no constraint '" + constraintId + "'"));
        List<Constraint> constraints = new ArrayList<>(state.constraints());
        int at = constraints.indexOf(existing);
        if (value == null) {
            constraints.remove(at);
        } else {
            constraints.set(at, ChipEdits.edit(existing, value, state.category() == null ? Optional.empty() : vocabulary.category(state.category())));
        }
        SessionState edited = new SessionState(state.category(), constraints, state.shown(), state.topic());
        String message = value == null ? "removed " + existing.text() : "changed " + existing.text() + " to " + value;
        return chipsChanged(record, edited, message, vocabulary);
    }

    /**
     * The shopper changed the chips themselves (edited one, or chose filters in search): nothing to
     * parse, so the turn is a shop turn with the new constraints, worded by {@code message}.
     */
    private Turn chipsChanged(ConversationRecord record, SessionState changed, String message, Vocabulary vocabulary) {
        Reading reading = new Reading(message, Reading.Kind.SHOP, changed.category(), null, List.of(), Set.of(), false, List.of(),
                List.of(), List.of(), false, null, List.of(), List.of(), List.of(), message, List.of(), false, Map.of(), List.of(), null, List.of(), false, null, List.of(), null);
        return shop(record, changed, record.turns + 1, reading, vocabulary, Turn.Intent.EDIT);
    }

    @Override
    public Turn worded(Turn turn) {
        if (!wording.enabled()) {
            return turn;
        }
        ModelWording.Outcome outcome = wording.word(turn, evidenceCheck(vocabularies.current()));
        if (!outcome.fromModel() || !doNotGenerate.matches(outcome.text()).isEmpty()) {
            return turn;
        }
        Turn worded = turn.heard(outcome.text(), turn.corrections(), turn.notUnderstood());
        QuarkusTransaction.requiringNew().run(() -> {
            TurnRecord stored = TurnRecord.findById(new TurnRecord.Key(turn.conversation(), turn.number()));
            if (stored != null) {
                stored.reply = write(worded);
            }
        });
        return worded;
    }

    /** Words that state a property, a policy or a superlative: the wording may use them only when the evidence does. */
    private static final List<String> CLAIMS = List.of("best", "cheapest", "quietest", "lightest", "most powerful", "free", "lifetime",
            "guarantee", "guaranteed", "warranty", "refund", "return", "returns", "shipping", "delivery", "in stock", "out of stock", "sale",
            "discount", "deal", "certified", "clinically", "safe", "waterproof", "award", "bestseller", "best-selling", "top rated",
            "recommended by", "dishwasher safe", "bpa free", "organic", "eco-friendly");

    private static EvidenceCheck evidenceCheck(Vocabulary vocabulary) {
        Set<String> brands = new TreeSet<>();
        Set<String> claims = new TreeSet<>(CLAIMS);
        for (Vocabulary.CategoryWords category : vocabulary.categories()) {
            brands.addAll(category.brands());
            category.reasons().forEach(r -> claims.add(r.label()));
            category.definition().attributes().forEach(a -> claims.addAll(a.allowedValues()));
        }
        return new EvidenceCheck(brands, claims);
    }

    @Override
    @Transactional
    public Optional<Receipt> receipt(UUID id, Caller caller) {
        return ReceiptRecord.<ReceiptRecord>findByIdOptional(id).filter(r -> owned(r.conversation, caller).isPresent())
                .map(r -> read(r.body, Receipt.class));
    }

    @Override
    @Transactional
    public Optional<Receipt> receiptById(UUID id) {
        return id == null ? Optional.empty() : ReceiptRecord.<ReceiptRecord>findByIdOptional(id).map(r -> read(r.body, Receipt.class));
    }

    @Override
    @Transactional
    public Optional<Receipt> recommendation(java.util.Collection<UUID> conversations, UUID product, String sku) {
        if (conversations.isEmpty()) {
            return Optional.empty();
        }
        return ReceiptRecord.<ReceiptRecord>find("conversation in ?1 and product = ?2", Sort.descending("createdAt"), conversations, product)
                .stream().map(r -> read(r.body, Receipt.class))
                .filter(receipt -> receipt.variant() == null || receipt.variant().equals(sku))
                .findFirst();
    }

    @Override
    @Transactional
    public Comparison compare(List<UUID> products, List<String> priorities) {
        if (products == null || products.size() < 2 || products.size() > 4) {
            throw new IllegalArgumentException("compare needs two to four products");
        }
        List<ProductDetails> details = products.stream().map(p -> catalog.details(p)
                .orElseThrow(() -> new NoSuchElementException("no product " + p))).toList();
        return new Comparer(vocabularies.current()).compare(details, priorities == null ? List.of() : priorities);
    }

    // ---- sponsored placements -------------------------------------------------------------------

    @Override
    @Transactional
    public PlacementRules placements() {
        PlacementRulesRecord rules = PlacementRulesRecord.findById(PlacementRulesRecord.DEFAULT);
        List<Sponsorship> sponsored = SponsoredRecord.<SponsoredRecord>listAll(Sort.by("changedAt").descending()).stream()
                .map(this::sponsorship).toList();
        return rules == null ? new PlacementRules(0, 1, sponsored) : new PlacementRules(rules.maxPerReply, rules.earliestPosition, sponsored);
    }

    @Override
    @Transactional
    public PlacementRules definePlacementRules(int maxPerReply, int earliestPosition) {
        new PlacementRules(maxPerReply, earliestPosition, List.of()); // checks the numbers
        PlacementRulesRecord found = PlacementRulesRecord.findById(PlacementRulesRecord.DEFAULT);
        PlacementRulesRecord rules = found != null ? found : new PlacementRulesRecord();
        rules.id = PlacementRulesRecord.DEFAULT;
        rules.maxPerReply = maxPerReply;
        rules.earliestPosition = earliestPosition;
        if (found == null) {
            rules.persist();
        }
        return placements();
    }

    @Override
    @Transactional
    public Sponsorship sponsor(UUID product, String label, boolean active, String changedBy) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label is missing: shoppers see it next to the product (\"Sponsored by ...\")");
        }
        if (label.strip().length() > Sponsorship.MAX_LABEL) {
            throw new IllegalArgumentException("label is longer than " + Sponsorship.MAX_LABEL + " characters");
        }
        catalog.product(product).orElseThrow(() -> new NoSuchElementException("no product " + product));
        SponsoredRecord found = SponsoredRecord.findById(product);
        SponsoredRecord record = found != null ? found : new SponsoredRecord();
        record.product = product;
        record.label = label.strip();
        record.active = active;
        record.changedBy = changedBy;
        record.changedAt = clock.instant();
        if (found == null) {
            record.persist();
        }
        return sponsorship(record);
    }

    @Override
    @Transactional
    public boolean unsponsor(UUID product) {
        return SponsoredRecord.deleteById(product);
    }

    private Sponsorship sponsorship(SponsoredRecord r) {
        return new Sponsorship(r.product, catalog.product(r.product).map(ProductSummary::title).orElse(null), r.label, r.active, r.changedBy,
                r.changedAt);
    }

    // ---- the kinds of turn --------------------------------------------------------------------

    private Turn shop(ConversationRecord record, SessionState state, int number, Reading reading, Vocabulary vocabulary, Turn.Intent intent) {
        if (state.category() == null) {
            return unclear(record, state, number, reading, vocabulary);
        }
        Optional<Reading.Unplaced> unplaced = reading.unplaced().stream().filter(u -> u.attributes().containsKey(state.category())).findFirst();
        if (unplaced.isPresent()) {
            return whichMeasure(record, state, number, reading, unplaced.get());
        }
        Recommender recommender = new Recommender(catalog, vocabulary, embeddings(), placementsInForce());
        Recommender.Result result = recommender.recommend(state.category(), state.constraints(), state.topic(), SHOWN);
        Receipts receipts = new Receipts(reviews, catalog, vocabulary, region, today());
        List<Recommendation> recommendations = receipts.recommendations(record.id, number, result.picks(), state.constraints(), clock.instant());
        ServerTiming.lap("receipts");
        persistReceipts(record.id, number, recommendations);
        // a turn that shows nothing leaves the cards the shopper last saw as the ones "the third one" and
        // "cheaper than the first" point at: they are still on the shopper's screen
        SessionState after = result.picks().isEmpty() ? state : state.withShown(result.picks().stream().map(Receipts::shown).toList());
        String categoryName = vocabulary.category(state.category()).map(c -> c.definition().name().toLowerCase(Locale.ROOT)).orElse(state.category());
        String reply = Wording.recommendations(categoryName, state.constraints(), recommendations, result.relaxations(), reading.understood());
        if (result.searchDown()) {
            reply = reply + " " + SEARCH_DOWN;
        }
        for (Constraint c : state.constraints()) {
            if (c.field().equals("price") && !c.hard() && c.unit() != null && !c.unit().equals("USD")) {
                reply = reply + " Prices here are in US dollars, so I did not apply \"" + c.source() + "\": tell me your limit in dollars.";
            }
        }
        Turn.Intent kind = intent == Turn.Intent.SHOP && number > 1 && !reading.fresh() && reading.category() == null ? Turn.Intent.REFINE : intent;
        Turn turn = new Turn(record.id, number, kind, reply, after.constraints(), recommendations, result.relaxations(),
                Wording.followUps(after, vocabulary, recommendations), Refusal.NONE, null, null, null);
        return finish(record, after, turn, reading, null);
    }

    /**
     * "at least 35 mm" where the category measures several lengths and the words name none: a card
     * shown now could break the limit the shopper meant, so the turn asks which measure it is, one
     * follow-up per attribute that says the limit whole ("Stack height at least 35 mm").
     */
    private Turn whichMeasure(ConversationRecord record, SessionState state, int number, Reading reading, Reading.Unplaced unplaced) {
        List<String> labels = unplaced.attributes().get(state.category());
        String options = labels.size() == 1 ? "the " + lower(labels.get(0))
                : labels.stream().limit(labels.size() - 1).map(l -> "the " + lower(l)).collect(java.util.stream.Collectors.joining(", "))
                + " or the " + lower(labels.get(labels.size() - 1));
        String reply = "You said \"" + unplaced.said() + "\": is that " + options + "? Tell me which and I'll show the ones that meet it.";
        Turn turn = new Turn(record.id, number, Turn.Intent.UNCLEAR, reply, state.constraints(), List.of(), List.of(),
                labels.stream().map(l -> l + " " + unplaced.said()).toList(), Refusal.NONE, null, null, null);
        return finish(record, state, turn, reading, null);
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    /** "why the first one?", "why did you pick the Calma?", "why this one": asks for the receipt's reasons. */
    private static final java.util.regex.Pattern WHY = java.util.regex.Pattern.compile("^\\s*why\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private Turn question(ConversationRecord record, SessionState state, int number, Reading reading) {
        if (reading.missingCard() != null) {
            // "how heavy is the third?" with two cards shown: say so rather than answer about another card
            Turn turn = new Turn(record.id, number, Turn.Intent.QUESTION, Wording.missingCard(reading.missingCard(), state.shown()),
                    state.constraints(), List.of(), List.of(), List.of(), Refusal.NONE, null, null, null);
            return finish(record, state, turn, reading, false);
        }
        Optional<UUID> focus = focus(state, reading);
        if (focus.isEmpty()) {
            Turn turn = new Turn(record.id, number, Turn.Intent.QUESTION, "Which product do you mean? Tell me what you are shopping for "
                    + "and I'll show a few; then ask about any of them.", state.constraints(), List.of(), List.of(), List.of(), Refusal.NONE,
                    null, null, null);
            return finish(record, state, turn, reading, false);
        }
        if (WHY.matcher(reading.text()).find()) {
            // "why the first one?": the receipt that card was shown with explains it
            Optional<Receipt> shownWith = ReceiptRecord.<ReceiptRecord>find("conversation = ?1 and product = ?2", Sort.descending("createdAt"),
                    record.id, focus.get()).firstResultOptional().map(r -> read(r.body, Receipt.class));
            if (shownWith.isPresent()) {
                Receipt receipt = shownWith.get();
                String title = state.shown().stream().filter(i -> i.product().equals(focus.get())).map(SessionState.ShownItem::title).findFirst()
                        .orElse("this one");
                List<String> meets = receipt.meets().stream().filter(c -> c.actual() != null).map(c -> c.text() + " (" + c.actual() + ")").toList();
                String text = "Why the " + title + ": " + receipt.why() + (meets.isEmpty() ? "" : " It meets " + String.join(", ", meets) + ".")
                        + (receipt.tradeoffs().isEmpty() ? "" : " Tradeoffs: " + String.join("; ", receipt.tradeoffs()) + ".");
                Answer why = new Answer(focus.get(), reading.text(), true, text, receipt.evidence());
                Turn turn = new Turn(record.id, number, Turn.Intent.QUESTION, text, state.constraints(), List.of(), List.of(), List.of(),
                        Refusal.NONE, why, null, null);
                return finish(record, state, turn, reading, true);
            }
        }
        if (!reading.across().isEmpty() && reading.references().isEmpty() && state.shown().size() >= 2) {
            Optional<Answer> across = Comparer.acrossShown(reading.across().get(0), state.shown(), vocabularies.current().category(state.category()),
                    reading.text());
            if (across.isPresent()) {
                Turn turn = new Turn(record.id, number, Turn.Intent.QUESTION, across.get().text(), state.constraints(), List.of(), List.of(),
                        List.of(), Refusal.NONE, across.get(), null, null);
                return finish(record, state, turn, reading, true);
            }
        }
        return answer(record, state, number, catalog.details(focus.get()).orElseThrow(), reading.text(), reading.unknown());
    }

    /** Answers a question about one product from its evidence; an answer touching a regulated topic is refused instead. */
    private Turn answer(ConversationRecord record, SessionState state, int number, ProductDetails product, String question,
                        List<String> uncovered) {
        Answerer answerer = new Answerer(catalog, reviews, new EvidenceRanker(embeddings(), miniLm(), EvidenceRanker.DEFAULT), answerThreshold, region);
        Answer answer = answerer.answer(product, question, today());
        List<TopicMatch> regulated = doNotGenerate.matches(answer.text());
        if (!regulated.isEmpty()) {
            return refuse(record, state, number, question, regulated.get(0));
        }
        Turn turn = new Turn(record.id, number, Turn.Intent.QUESTION, answer.text(), state.constraints(), List.of(), List.of(),
                List.of("Show me alternatives", "Help me decide"), Refusal.NONE, answer, null, null);
        return finish(record, state, turn, question, uncovered, answer.known());
    }

    /** The shopper's words as the assistant reads them: cleaned (ShopperText), then redacted (PersonalData). */
    private static String readable(String written) {
        String cleaned = ShopperText.clean(written);
        checkMessage(cleaned);
        return PersonalData.redact(cleaned);
    }

    private static void checkMessage(String text) {
        if (ShopperText.blank(text)) {
            throw new IllegalArgumentException("text is required: write what you are looking for or your question");
        }
        if (text.length() > Conversation.MAX_MESSAGE) {
            throw new IllegalArgumentException("text is longer than " + Conversation.MAX_MESSAGE + " characters");
        }
    }

    private Turn compare(ConversationRecord record, SessionState state, int number, Reading reading) {
        List<UUID> products = new ArrayList<>();
        reading.references().forEach(i -> products.add(state.shown().get(i).product()));
        for (String fragment : reading.fragments()) {
            if (products.size() >= 4) {
                break;
            }
            try {
                catalog.search(SearchQuery.text(fragment).withPage(0, 1).withoutFacets()).hits().stream().findFirst().map(ProductSummary::id)
                        .filter(p -> !products.contains(p)).ifPresent(products::add);
            } catch (com.concierge.catalog.api.SearchUnavailableException down) {
                break; // products named by their words need search; the ones shown ("the first") still compare
            }
        }
        if (products.size() < 2) {
            Turn turn = new Turn(record.id, number, Turn.Intent.COMPARE, "I could not tell which two products to compare; name them, "
                    + "or say \"compare the first and the second\".", state.constraints(), List.of(), List.of(), List.of(), Refusal.NONE, null,
                    null, null);
            return finish(record, state, turn, reading, null);
        }
        List<String> priorities = state.constraints().stream().map(Constraint::field).filter(f -> f.startsWith("attr.") || f.equals("price"))
                .map(f -> f.startsWith("attr.") ? f.substring(5) : f).distinct().toList();
        Comparison comparison = compare(products, priorities);
        Turn turn = new Turn(record.id, number, Turn.Intent.COMPARE, comparison.verdict(), state.constraints(), List.of(), List.of(),
                List.of("Help me decide"), Refusal.NONE, null, comparison, null);
        return finish(record, state, turn, reading, null);
    }

    private Turn decide(ConversationRecord record, SessionState state, int number, Reading reading, Vocabulary vocabulary) {
        SessionState merged = SessionIntent.apply(state, reading, vocabulary);
        if (merged.category() == null) {
            return unclear(record, merged, number, reading, vocabulary);
        }
        Recommender recommender = new Recommender(catalog, vocabulary, embeddings(), placementsInForce());
        Candidates candidates = recommender.candidates(merged.category(), merged.constraints(), merged.topic(), Recommender.CANDIDATES_FOR_DECISION);
        if (candidates.noneFits()) {
            return shop(record, merged, number, reading, vocabulary, Turn.Intent.DECIDE);
        }
        Receipts receipts = new Receipts(reviews, catalog, vocabulary, region, today());
        List<Recommendation> decision = receipts.decision(record.id, number, candidates, merged.constraints(), clock.instant());
        ServerTiming.lap("receipts");
        persistReceipts(record.id, number, decision);
        SessionState after = merged.withShown(decision.stream().map(r -> candidates.checked(r.product()).orElseThrow()).map(Receipts::shown).toList());
        Turn turn = new Turn(record.id, number, Turn.Intent.DECIDE, Wording.decision(decision), after.constraints(), decision, List.of(),
                List.of("Add the pick to my cart", "Compare the pick and the budget option"), Refusal.NONE, null, null, null);
        return finish(record, after, turn, reading, null);
    }

    private Turn action(ConversationRecord record, SessionState state, int number, Reading reading, Caller caller, Vocabulary vocabulary) {
        Optional<UUID> focus = focus(state, reading);
        ProposedAction.Kind kind = reading.action();
        if (kind == ProposedAction.Kind.START_RETURN && focus.isEmpty() && caller.subject() != null && purchases.isResolvable()) {
            // "I want to return my blender": the shopper's own purchase, its return started from its order's page
            List<Purchases.Purchase> bought = purchases.get().of(caller.subject());
            if (!bought.isEmpty()) {
                Purchases.Purchase meant = SupportDesk.meant(vocabulary, reading.written(), bought).get(0);
                String confirm = "Start a return for the " + meant.title();
                ProposedAction proposed = new ProposedAction(kind, meant.product(), meant.sku(), confirm, meant.order());
                Turn turn = new Turn(record.id, number, Turn.Intent.ACTION, "I don't start returns myself. The " + meant.title() + " came with order "
                        + meant.orderNumber() + "; to go ahead, confirm: \"" + confirm + "\" and choose a reason on the order's page.",
                        state.constraints(), List.of(), List.of(), List.of(), Refusal.NONE, null, null, proposed);
                return finish(record, state, turn, reading, null);
            }
        }
        if (focus.isEmpty() && kind != ProposedAction.Kind.CHECKOUT) {
            Turn turn = new Turn(record.id, number, Turn.Intent.ACTION, "Which product do you mean? I have not shown you one yet.",
                    state.constraints(), List.of(), List.of(), List.of(), Refusal.NONE, null, null, null);
            return finish(record, state, turn, reading, null);
        }
        String variant = focus.flatMap(p -> state.shown().stream().filter(s -> s.product().equals(p)).findFirst()).map(SessionState.ShownItem::variant).orElse(null);
        String title = focus.flatMap(p -> state.shown().stream().filter(s -> s.product().equals(p)).findFirst()).map(SessionState.ShownItem::title).orElse("it");
        String confirm = switch (kind) {
            case ADD_TO_CART -> "Add the " + title + " to my cart";
            case CHECKOUT -> "Go to checkout";
            case START_RETURN -> "Start a return for the " + title;
        };
        ProposedAction proposed = new ProposedAction(kind, focus.orElse(null), variant, confirm);
        Turn turn = new Turn(record.id, number, Turn.Intent.ACTION, "I don't change your cart, orders or returns myself. To go ahead, confirm: \""
                + confirm + "\".", state.constraints(), List.of(), List.of(), List.of(confirm), Refusal.NONE, null, null, proposed);
        return finish(record, state, turn, reading, null);
    }

    private Turn unclear(ConversationRecord record, SessionState state, int number, Reading reading, Vocabulary vocabulary) {
        List<String> examples = vocabulary.categories().stream().limit(6).map(c -> c.definition().name().toLowerCase(Locale.ROOT)).toList();
        String reply = "Tell me what you are shopping for and what matters to you, for example \"a quiet blender for smoothies under $150\". "
                + "I can help with " + String.join(", ", examples) + " and more.";
        Optional<String> asked = notSold(vocabulary, reading);
        List<String> all = vocabulary.categories().stream().map(c -> c.definition().name().toLowerCase(Locale.ROOT)).toList();
        if (reading.gift() && asked.isEmpty()) {
            reply = "Happy to help with a gift" + (reading.recipient() == null ? "" : " for your " + reading.recipient())
                    + ". What are they into? Tell me, or choose from what we sell: " + String.join(", ", all) + ".";
        } else if (asked.isPresent()) {
            reply = "It looks like we don't sell \"" + asked.get() + "\": nothing in this store matches it. We sell "
                    + String.join(", ", all) + ". Tell me if one of those is what you need.";
        }
        List<String> kept = state.constraints().stream().filter(Constraint::hard).map(Constraint::text).toList();
        if (!kept.isEmpty()) {
            reply = reply + " I'll keep " + String.join(", ", kept) + " in mind.";
        }
        Turn turn = new Turn(record.id, number, Turn.Intent.UNCLEAR, reply, state.constraints(), List.of(), List.of(),
                examples.stream().limit(3).map(e -> "Show me " + e).toList(), Refusal.NONE, null, null, null);
        return finish(record, state, turn, reading, null);
    }

    /**
     * What the shopper asked for when it is nothing the store sells: an English request (it has the
     * small words of English grammar, so a message in another language is not taken for an unknown
     * product) with no category read and words nothing in the catalog explains. Empty otherwise.
     */
    static Optional<String> notSold(Vocabulary vocabulary, Reading reading) {
        if (reading.category() != null || reading.unknown().isEmpty()) {
            return Optional.empty();
        }
        // "a present for my dad, he loves gardening": without a thing named, the words after the person
        // describe them; "an electric kettle for my mum" names the thing before the person, and is asked for
        if (reading.gift() && !Words.tokens(reading.text()).containsAll(List.of("do", "you"))
                && !namedBefore(Words.tokens(reading.text()), reading.unknown().get(0), reading.recipient())) {
            return Optional.empty();
        }
        // "cordless" said about coffee makers is a word the store uses (for vacuums), not a thing it lacks
        Set<String> used = new java.util.HashSet<>();
        vocabulary.categories().forEach(c -> used.addAll(c.words()));
        // the words naming a made thing are what was asked for ("queen size memory foam mattress": the mattress)
        // ("a bread maker": both words are the store's, the thing they name together is not)
        List<String> unread = reading.unknown().stream().filter(w -> !used.containsAll(Words.phrase(w)) || IntentParser.makerCompound(w)).toList();
        // a chunk the parser found headed by a made thing the store lacks comes first, even when its words are the store's
        // ("smart locks": "smart" of smart home, "lock" of a TSA lock)
        Optional<String> thing = reading.unsold().stream().findFirst().or(() -> unread.stream()
                .filter(w -> Words.tokens(w).stream().anyMatch(Things::madeThing) || IntentParser.makerCompound(w)).findFirst());
        Optional<String> asked = thing.or(() -> unread.stream().findFirst());
        // "which of these weighs the least": a question about what is shown, never a thing asked for
        // (but "a whetstone to keep it sharp" names one)
        if (thing.isEmpty() && Words.tokens(reading.text()).stream().anyMatch(t -> java.util.Set.of("these", "those", "them", "they", "it", "its").contains(t))) {
            return Optional.empty();
        }
        List<String> tokens = Words.tokens(reading.text());
        // another language was answered before reading (Language); English words or a short request remain
        boolean english = tokens.size() <= 4 || tokens.stream().anyMatch(t -> ENGLISH_GRAMMAR.contains(t) || Language.isEnglishWord(t))
                || thing.isPresent(); // an English noun for a made thing
        return english ? asked : Optional.empty();
    }

    /** Whether the words of {@code chunk} stand before the {@code person} the message buys for. */
    private static boolean namedBefore(List<String> tokens, String chunk, String person) {
        int thing = java.util.Collections.indexOfSubList(tokens, Words.tokens(chunk));
        int whom = person == null ? -1 : tokens.indexOf(person);
        return thing >= 0 && whom > thing;
    }

    /**
     * Besides English's small words ({@link Language#isEnglishWord}), the ones other languages share
     * ("a", "i", "to") but that make a request for an unsold thing English enough to answer in English
     * ("do you have a laptop").
     */
    private static final java.util.Set<String> ENGLISH_GRAMMAR = java.util.Set.of("a", "an", "i", "do", "is", "to", "me");

    /** A message in another language: said so in English, nothing guessed from its numbers or names. */
    private Turn otherLanguage(ConversationRecord record, SessionState state, int number, String text, String language) {
        String reply = "I can only read English so far, and your message looks like " + language + ". Tell me in English what you "
                + "are shopping for, for example \"a quiet blender for smoothies under $150\".";
        Turn turn = new Turn(record.id, number, Turn.Intent.UNCLEAR, reply, state.constraints(), List.of(), List.of(), List.of(),
                Refusal.NONE, null, null, null);
        return finish(record, state, turn, text, List.of(), null);
    }

    /**
     * The regulated topics a shopper's message touches: a phrase of the do-not-generate list, else a
     * request for the store to vouch for health, a baby's safety, fire safety or the law
     * ({@link RegulatedAsk}), answered with that topic's refusal while the list holds it.
     */
    private List<TopicMatch> regulated(String text) {
        List<TopicMatch> listed = doNotGenerate.matches(text);
        if (!listed.isEmpty()) {
            return listed;
        }
        return RegulatedAsk.topic(text).filter(id -> doNotGenerate.topic(id).isPresent())
                .map(id -> List.of(new TopicMatch(id, text.strip(), 0, text.length()))).orElse(List.of());
    }

    private Turn refuse(ConversationRecord record, SessionState state, int number, String text, TopicMatch match) {
        RegulatedTopic topic = doNotGenerate.topic(match.topic()).orElseThrow();
        Turn turn = new Turn(record.id, number, Turn.Intent.REFUSED, topic.refusal(), state.constraints(), List.of(), List.of(),
                List.of(), new Refusal(true, topic.id(), topic.refusal()), null, null, null);
        return finish(record, state, turn, text, List.of(), null);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The product a question or request is about: the one referenced, else the first shown. */
    private static Optional<UUID> focus(SessionState state, Reading reading) {
        if (!reading.references().isEmpty()) {
            return Optional.of(state.shown().get(reading.references().get(0)).product());
        }
        return state.shown().stream().findFirst().map(SessionState.ShownItem::product);
    }

    /** The active sponsorships under the current rules, as the recommender applies them. */
    private Placements placementsInForce() {
        PlacementRulesRecord rules = PlacementRulesRecord.findById(PlacementRulesRecord.DEFAULT);
        Map<UUID, String> sponsored = new LinkedHashMap<>();
        SponsoredRecord.<SponsoredRecord>list("active", true).forEach(s -> sponsored.put(s.product, s.label));
        return rules == null ? Placements.NONE : new Placements(rules.maxPerReply, rules.earliestPosition, sponsored);
    }

    private void persistReceipts(UUID conversation, int number, List<Recommendation> recommendations) {
        for (Recommendation r : recommendations) {
            ReceiptRecord record = new ReceiptRecord();
            record.id = r.receipt().id();
            record.conversation = conversation;
            record.turn = number;
            record.product = r.product();
            record.body = write(r.receipt());
            record.createdAt = r.receipt().createdAt();
            record.persist();
        }
    }

    private Turn finish(ConversationRecord record, SessionState state, Turn turn, Reading reading, Boolean answered) {
        return finish(record, state, Wording.heard(turn, reading), reading.written(), reading.unknown(), answered);
    }

    /** Stores the turn and publishes it; {@code uncovered} are the message's words the vocabulary did not know. */
    private Turn finish(ConversationRecord record, SessionState state, Turn turn, String message, List<String> uncovered, Boolean answered) {
        record.state = write(state);
        record.turns = turn.number();
        record.updatedAt = clock.instant();
        TurnRecord t = new TurnRecord();
        t.key = new TurnRecord.Key(record.id, turn.number());
        t.message = message.length() > Conversation.MAX_MESSAGE ? message.substring(0, Conversation.MAX_MESSAGE) : message;
        t.intent = turn.intent().name();
        t.reply = write(turn);
        t.createdAt = clock.instant();
        t.persist();
        events.publish(new AssistantTurnTaken(UUID.randomUUID(), clock.instant(), record.id, turn.number(), turn.intent().name(),
                turn.constraints().stream().map(Constraint::field).distinct().toList(),
                turn.recommendations().stream().map(Recommendation::product).toList(),
                turn.recommendations().stream().map(r -> r.receipt().id()).toList(), turn.relaxations().size(), answered,
                turn.refused().topic(), PersonalData.redact(t.message), state.category(),
                turn.recommendations().stream().map(Recommendation::sponsored).toList(),
                turn.constraints().stream().map(Constraint::text).filter(w -> w != null && !w.isBlank()).map(PersonalData::redact).distinct().toList(),
                uncovered.stream().map(PersonalData::redact).distinct().toList(), record.ownerSubject));
        ServerTiming.lap("store");
        return turn;
    }

    @Override
    @Transactional
    public Optional<StoredTurn> turn(UUID conversation, int number, Caller caller) {
        return owned(conversation, caller).isPresent() ? turn(conversation, number) : Optional.empty();
    }

    @Override
    @Transactional
    public Optional<StoredTurn> turn(UUID conversation, int number) {
        TurnRecord record = TurnRecord.findById(new TurnRecord.Key(conversation, number));
        return record == null ? Optional.empty() : Optional.of(new StoredTurn(record.message, read(record.reply, Turn.class), record.createdAt));
    }

    @Override
    @Transactional
    public int forget(java.util.Collection<UUID> conversations) {
        if (conversations.isEmpty()) {
            return 0;
        }
        List<UUID> ids = List.copyOf(conversations);
        TurnRecord.delete("key.conversation in ?1", ids);
        ReceiptRecord.delete("conversation in ?1", ids);
        return (int) ConversationRecord.delete("id in ?1", ids);
    }

    @Override
    @Transactional
    public int forgetIdleSince(Instant before) {
        List<UUID> idle = ConversationRecord.<ConversationRecord>list("updatedAt < ?1", before).stream().map(c -> c.id).toList();
        if (idle.isEmpty()) {
            return 0;
        }
        TurnRecord.delete("key.conversation in ?1", idle);
        return (int) ConversationRecord.delete("id in ?1", idle);
    }

    /** The conversation, locked for a turn, when it is the caller's; otherwise it does not exist for them. */
    private ConversationRecord locked(UUID id, Caller caller) {
        ConversationRecord record = ConversationRecord.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (record == null || !record.admits(caller)) {
            throw new NoSuchElementException("no conversation " + id);
        }
        return record;
    }

    /** The conversation when it is the caller's (taking it over for a shopper who signed in holding its capability). */
    private static Optional<ConversationRecord> owned(UUID id, Caller caller) {
        return id == null ? Optional.empty() : ConversationRecord.<ConversationRecord>findByIdOptional(id).filter(r -> r.admits(caller));
    }

    private Conversation view(ConversationRecord record, SessionState state) {
        return new Conversation(record.id, state.category(), state.constraints(), record.turns, record.startedAt);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
