package com.concierge.catalog.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.concierge.catalog.api.guides.Guide;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoGuidesTest {

    @Test
    void everyDemoCategoryHasAGuideAndEverythingPoweredASafetyRoute() {
        List<Guide> guides = DemoGuides.all();
        Set<String> ids = new HashSet<>();
        guides.forEach(g -> assertThat(ids.add(g.id())).as("id %s once", g.id()).isTrue());
        for (var category : DemoCatalog.categories()) {
            assertThat(guides).as(category.key()).anyMatch(g -> g.categories().contains(category.key()) && g.kind() == Guide.Kind.SETUP);
        }
        Guide safety = guides.stream().filter(Guide::safety).findFirst().orElseThrow();
        assertThat(safety.categories()).contains("blenders", "air-fryers", "vacuums", "headphones");
        assertThat(safety.otherwise()).isEqualTo(Guide.Otherwise.START_RETURN);
    }
}
