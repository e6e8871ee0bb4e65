package com.concierge.catalog.internal.guides;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.guides.Guide;
import com.concierge.catalog.api.imports.RowProblem;
import com.concierge.kernel.files.TableFile;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuideRowsTest {

    private static final UUID VORTEX = UUID.randomUUID();
    private final GuideRows rows = new GuideRows(Set.of("blenders", "headphones")::contains,
            named -> named.equals("vortex-1050") ? Optional.of(VORTEX) : Optional.empty());

    private GuideRows.Result read(String csv) {
        return rows.read(TableFile.csv(new StringReader(csv)));
    }

    @Test
    void aGuideIsItsRowsInOrderWithItsOwnFieldsSaidOnce() {
        GuideRows.Result result = read("""
                guide,kind,title,categories,symptoms,safety,otherwise,step,text,fix
                blender-wont-start,troubleshooting,The blender will not start,blenders,won't turn on | nothing happens,,start-return,1,Is it plugged in?,Plug it into a wall socket
                blender-wont-start,,,,,,,2,Is the jar seated on the base?,"Lift the jar, set it down until it clicks"
                """);

        assertThat(result.problems()).isEmpty();
        Guide guide = result.guides().get(0);
        assertThat(guide.kind()).isEqualTo(Guide.Kind.TROUBLESHOOTING);
        assertThat(guide.categories()).containsExactly("blenders");
        assertThat(guide.symptoms()).containsExactly("won't turn on", "nothing happens");
        assertThat(guide.otherwise()).isEqualTo(Guide.Otherwise.START_RETURN);
        assertThat(guide.steps()).extracting(Guide.Step::fix).containsExactly("Plug it into a wall socket", "Lift the jar, set it down until it clicks");
    }

    @Test
    void aBadRowRefusesItsGuideOnlyAndSaysWhereAndWhy() {
        GuideRows.Result result = read("""
                guide,kind,title,categories,products,step,text
                pair,setup,Pair with your phone,headphones,,1,Hold the button for 5 seconds
                toaster,setup,Toast,toasters,,1,Plug it in
                vortex,setup,Set up your Vortex,,vortex-1050,1,Wash the jar
                vortex,troubleshooting,,,,2,Set it on the base
                nameless,setup,Steps,blenders,,1,
                """);

        assertThat(result.guides()).extracting(Guide::id).containsExactly("pair");
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::sku, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "toaster", RowProblem.Reason.UNKNOWN_CATEGORY),
                org.assertj.core.groups.Tuple.tuple(5L, "vortex", RowProblem.Reason.CONFLICTS_WITHIN_GUIDE),
                org.assertj.core.groups.Tuple.tuple(6L, "nameless", RowProblem.Reason.MISSING_REQUIRED));
    }

    @Test
    void stepsOutOfOrderAndUnknownColumnsAreRefusedNotGuessed() {
        GuideRows.Result result = read("""
                guide,kind,title,categories,step,text,colour
                clean,setup,Clean it,blenders,2,Rinse the jar,
                """);
        assertThat(result.guides()).isEmpty();
        assertThat(result.problems()).extracting(RowProblem::reason).containsExactly(RowProblem.Reason.NOT_ALLOWED);
        assertThat(result.problems().get(0).message()).contains("unknown column [colour]");

        GuideRows.Result reordered = read("""
                guide,kind,title,categories,step,text
                clean,setup,Clean it,blenders,2,Rinse the jar
                """);
        assertThat(reordered.problems()).extracting(RowProblem::field).containsExactly("step");
    }

    @Test
    void aTroubleshootingTreeNeedsASymptomAndASetupGuideHasNone() {
        GuideRows.Result result = read("""
                guide,kind,title,categories,symptoms,step,text
                noisy,troubleshooting,It is loud,blenders,,1,Is the lid on?
                pairing,setup,Pair it,headphones,won't pair,1,Hold the button
                """);
        assertThat(result.guides()).isEmpty();
        assertThat(result.problems()).extracting(RowProblem::reason).containsOnly(RowProblem.Reason.INVALID_GUIDE);
        assertThat(result.problems().get(0).message()).contains("needs at least one symptom");
        assertThat(result.problems().get(1).message()).contains("is a setup guide");
    }

    @Test
    void productsAreNamedByHandleAndGuidesForThemComeFirst() {
        GuideRows.Result result = read("""
                guide,kind,title,products,step,text
                vortex-setup,setup,Set up your Vortex,vortex-1050,1,Wash the jar
                """);
        Guide guide = result.guides().get(0);
        assertThat(guide.products()).containsExactly(VORTEX);
        assertThat(guide.covers(VORTEX, "blenders")).isTrue();
        assertThat(guide.covers(UUID.randomUUID(), "blenders")).isFalse();
        assertThat(guide.specificity()).isGreaterThan(new Guide("b", Guide.Kind.SETUP, Set.of(), Set.of("blenders"), "t", null, false,
                java.util.List.of(new Guide.Step(1, "x", null)), null, null).specificity());
    }
}
