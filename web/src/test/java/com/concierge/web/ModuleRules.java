package com.concierge.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.concierge.kernel.events.EventRoute;
import com.concierge.kernel.events.IntegrationEvent;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.lang.reflect.Constructor;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The module rules of ARCHITECTURE.md as ArchUnit rules over a root package, so the same rule
 * runs on the real code ({@code com.concierge}) and on the fixture that breaks it.
 * A module is the first package below the root ({@code com.concierge.catalog}).
 */
final class ModuleRules {

    private ModuleRules() {
    }

    static ArchRule modulesUseEachOthersApiNeverInternals(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("only use another module's api, never its internal package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> from = module(root, origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            Optional<String> to = module(root, target);
                            boolean internal = target.getPackageName().startsWith(root + "." + to.orElse("") + ".internal");
                            if (to.isPresent() && internal && !to.equals(from)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    static ArchRule noCyclesBetweenModules(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule webNeverTouchesInternals(String root) {
        return noClasses().that().resideInAPackage(root + ".web..")
                .should().dependOnClassesThat().resideInAPackage(root + "..internal..");
    }

    /** Facade methods that check no owner ({@link com.concierge.kernel.ModulesOnly}) are for modules, never for web's requests. */
    static ArchRule webNeverCallsModulesOnlyMethods(String root) {
        return noClasses().that().resideInAPackage(root + ".web..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a @ModulesOnly method",
                        call -> call.getTarget().isAnnotatedWith(com.concierge.kernel.ModulesOnly.class)));
    }

    /** Routes under these prefixes are the console's and the admin and ops APIs': a write there is a person's change. */
    private static final java.util.List<String> CHANGE_ROUTES = java.util.List.of("/api/admin", "/api/ops", "/admin");
    /** By simple name, so the fixture can use look-alikes that Quarkus does not serve as a route. */
    private static final java.util.Set<String> WRITES = java.util.Set.of("PUT", "POST", "DELETE", "PATCH");

    /** Every write route of the console and the admin and ops APIs records through Changes (docs/console.md#change-log). */
    static ArchRule adminChangesAreRecorded(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + ".web..")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("write an admin, ops or console route", ModuleRules::changeRoute))
                .should(new ArchCondition<>("record the change through Changes, or say why not with @NotAChange") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        if (!recordsChange(method, 2)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " writes "
                                    + route(method) + " without recording it through Changes"));
                        }
                    }
                });
    }

    private static boolean changeRoute(com.tngtech.archunit.core.domain.JavaMethod method) {
        boolean writes = method.getAnnotations().stream().anyMatch(a -> WRITES.contains(a.getRawType().getSimpleName()));
        boolean exempt = method.getAnnotations().stream().anyMatch(a -> a.getRawType().getSimpleName().equals("NotAChange"));
        String route = route(method);
        return writes && !exempt && CHANGE_ROUTES.stream().anyMatch(prefix -> route.equals(prefix) || route.startsWith(prefix + "/"));
    }

    private static String route(com.tngtech.archunit.core.domain.JavaMethod method) {
        return (path(method.getOwner().getAnnotations()) + "/" + path(method.getAnnotations())).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static String path(java.util.Set<? extends com.tngtech.archunit.core.domain.JavaAnnotation<?>> annotations) {
        return annotations.stream().filter(a -> a.getRawType().getSimpleName().equals("Path"))
                .map(a -> String.valueOf(a.get("value").orElse(""))).findFirst().orElse("");
    }

    /** Whether the method calls Changes, itself or through methods of its own class (to {@code depth} levels). */
    private static boolean recordsChange(com.tngtech.archunit.core.domain.JavaCodeUnit method, int depth) {
        for (var call : method.getCallsFromSelf()) {
            if (call.getTargetOwner().getSimpleName().equals("Changes")) {
                return true;
            }
            if (depth > 0 && call.getTargetOwner().equals(method.getOwner())) {
                var target = call.getTarget().resolveMember();
                if (target.isPresent() && recordsChange(target.get(), depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static ArchRule apisNeverDependOnInternals(String root) {
        return noClasses().that().resideInAPackage(root + "..api..")
                .should().dependOnClassesThat().resideInAPackage(root + "..internal..");
    }

    static ArchRule entitiesLiveInInternalPackages(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("..internal..");
    }

    static ArchRule tablesArePrefixedWithTheirModule(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(Table.class)
                .should(new ArchCondition<>("name their table <module>_...") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        String table = entity.getAnnotationOfType(Table.class).name();
                        String module = module(root, entity).orElse("?");
                        if (!table.startsWith(module + "_")) {
                            events.add(SimpleConditionEvent.violated(entity,
                                    entity.getName() + " maps table " + table + ", not prefixed " + module + "_"));
                        }
                    }
                });
    }

    static ArchRule incomingHandlersLiveInMessagingPackages(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areAnnotatedWith(Incoming.class)
                .should().beDeclaredInClassesThat().resideInAPackage("..internal.messaging..");
    }

    static ArchRule eventsLiveInApiEventsPackages(String root) {
        return classes().that().resideInAPackage(root + "..").and().implement(IntegrationEvent.class)
                .should().resideInAPackage("..api.events..");
    }

    private static Optional<String> module(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /**
     * Every event route declares as many consumers as there are {@code @Incoming} methods on its
     * channel: the route waits for that many acknowledgements before the outbox marks an event sent
     * (too few would mark it sent before a consumer had it; too many would never mark it).
     */
    static ArchRule routesCountTheirConsumers(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAssignableTo(EventRoute.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should(new ArchCondition<>("declare as many consumers as @Incoming methods on their channel") {
                    private final Map<String, Integer> handlers = new HashMap<>();

                    @Override
                    public void init(Collection<JavaClass> routes) {
                        if (routes.isEmpty()) {
                            return;
                        }
                        JavaPackage top = routes.iterator().next().getPackage();
                        while (!top.getName().equals(root)) {
                            top = top.getParent().orElseThrow();
                        }
                        top.getClassesInPackageTree().forEach(type -> type.getMethods().stream()
                                .filter(m -> m.isAnnotatedWith(Incoming.class))
                                .forEach(m -> handlers.merge(m.getAnnotationOfType(Incoming.class).value(), 1, Integer::sum)));
                    }

                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        EventRoute<?> route = instantiate(type.reflect());
                        int declared = route.consumers();
                        int found = handlers.getOrDefault(route.channel(), 0);
                        if (declared != found) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " declares " + declared + " consumers of "
                                    + route.channel() + " but " + found + " @Incoming methods consume it"));
                        }
                    }
                });
    }

    private static EventRoute<?> instantiate(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (EventRoute<?>) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName() + " to read its channel", e);
        }
    }
}
