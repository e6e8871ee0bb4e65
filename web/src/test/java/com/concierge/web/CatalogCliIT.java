package com.concierge.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The catalog CLI (the store's jar run with a command) imports a file, reports refused rows and exits 2.
 * An integration test (failsafe): it runs once, in the H2 run; what it checks does not depend on the
 * database, and each launch loads the demo store again (about 90 s each).
 */
@QuarkusMainTest
@TestProfile(CatalogCliIT.WithDemoCategories.class)
class CatalogCliIT {

    public static class WithDemoCategories implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cc.demo.load-if-empty", "true");
        }
    }

    @Test
    void importsAFileReportsBadRowsAndWritesTheFullReport(QuarkusMainLauncher launcher) throws Exception {
        Path file = Path.of("target/cli-import.csv").toAbsolutePath();
        Files.writeString(file, """
                product,sku,category,title,brand,price,currency,stock,power,noise,jar_capacity,jar_material,dishwasher_safe
                cli-blender,CLI-BLENDER,blenders,CLI Blender 900,Clio,99.00,USD,3,900 W,74 dB,1.5 L,glass,yes
                cli-loud,CLI-LOUD,blenders,CLI Loud Blender,Clio,59.00,USD,3,900 W,74 furlongs,1.5 L,glass,yes
                """);

        LaunchResult result = launcher.launch("catalog-import", file.toString());

        assertThat(result.exitCode()).as(result.getOutput()).isEqualTo(2);
        assertThat(result.getOutput()).contains("2 rows read").contains("1 stored (1 products created, 0 updated, 0 unchanged), 1 refused")
                .contains("row 3 (CLI-LOUD), noise: UNKNOWN_UNIT – unknown unit 'furlongs' in '74 furlongs'");
        Path report = Path.of(file + ".report.json");
        assertThat(Files.readString(report)).contains("\"acceptedSkus\" : [ \"CLI-BLENDER\" ]").contains("\"reason\" : \"UNKNOWN_UNIT\"");

        LaunchResult usage = launcher.launch("catalog-import");
        assertThat(usage.exitCode()).isEqualTo(64);
        assertThat(usage.getErrorOutput()).contains("usage: catalog-import FILE");
    }

    @Test
    void importsReviewsOfManyProductsByHandle(QuarkusMainLauncher launcher) throws Exception {
        Path file = Path.of("target/cli-reviews.csv").toAbsolutePath();
        Files.writeString(file, """
                product,rating,text,date,author
                vortex-go-350-1,5,Whisper quiet even at full speed.,2026-10-01,cli-reviewer-1
                nowhere-blender,4,Fine.,2026-10-01,cli-reviewer-2
                """);

        LaunchResult result = launcher.launch("reviews-import", file.toString());

        assertThat(result.exitCode()).as(result.getOutput()).isEqualTo(2);
        assertThat(result.getOutput()).contains("2 rows read").contains("1 reviews stored, 0 already there, 1 rows refused")
                .contains("row 3, product: UNKNOWN_PRODUCT – no product with handle or id 'nowhere-blender'");
        assertThat(Files.readString(Path.of(file + ".report.json"))).contains("\"stored\" : 1");
    }
}
