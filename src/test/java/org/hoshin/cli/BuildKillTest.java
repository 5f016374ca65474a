package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hoshin.publish.SiteWriter;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.TreeSnapshot;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `hoshin build` killed with SIGKILL at random moments (seeded, so a failure can be replayed): after every kill
 * the site folder is a complete old or complete new site, byte for byte, or is restored to one by what the next
 * build does first. Half the kills land at a random moment of the whole run, half just after the new site
 * started being written, where the renames happen. Successive builds alternate between two site URLs, so the old
 * and the new site differ (sitemap, robots.txt, page heads).
 */
class BuildKillTest {

    private static final long SEED = 20_260_823L;
    private static final int KILLS = 20;
    private static final List<String> URLS = List.of("https://old.example.org/", "https://new.example.org/hoshin/");

    @TempDir
    Path temp;

    @Test
    void aBuildKilledAtAnyMomentLeavesACompleteSite() throws Exception {
        Path project = temp.resolve("project");
        // Two wards: the subject is the folder swap, and each of the 22 builds is then a fraction of the whole site's.
        org.hoshin.testing.Fixture.contentWithWards(project.resolve("content"), "izumi", "konan");
        Trees.copy(Path.of("templates"), project.resolve("templates"));
        List<Map<String, String>> references = new ArrayList<>();
        for (String url : URLS) {
            Path out = temp.resolve("reference-" + references.size());
            new SiteBuilder(config(project, out, url)).build();
            references.add(TreeSnapshot.of(out));
        }
        Path site = project.resolve("site");
        long start = System.nanoTime();
        assertEquals(0, HoshinProcess.run(project, List.of(), args(URLS.get(0))).exitCode());
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(references.get(0), TreeSnapshot.of(site));

        Random random = new Random(SEED);
        int duringWrite = 0;
        int restored = 0;
        for (int i = 1; i <= KILLS; i++) {
            Process build = HoshinProcess.command(project, List.of(), args(URLS.get(i % 2)))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (i % 2 == 0) {
                build.waitFor(random.nextLong(buildMillis + buildMillis / 10 + 1), TimeUnit.MILLISECONDS);
            } else if (waitForFolder(project.resolve("site.new"), build, buildMillis * 3)) {
                duringWrite++;
                build.waitFor(random.nextInt(8), TimeUnit.MILLISECONDS);
            }
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS), "killed");
            String when = "kill " + i + " (seed " + SEED + ")";
            if (!Files.exists(site)) {
                List<String> notes = new ArrayList<>();
                SiteWriter.open(config(project, site, URLS.get(0)), notes::add);
                assertEquals(1, notes.size(), when + ": site/ was missing and is restored from site.old");
                restored++;
            }
            Map<String, String> left = TreeSnapshot.of(site);
            assertTrue(left.equals(references.get(0)) || left.equals(references.get(1)),
                    when + ": a complete old or new site, byte for byte");
        }
        HoshinProcess.Result last = HoshinProcess.run(project, List.of(), args(URLS.get(1)));
        assertEquals(0, last.exitCode(), last.err());
        assertEquals(references.get(1), TreeSnapshot.of(site), "the next build succeeds");
        try (var left = Files.list(project)) {
            assertEquals(List.of("content", "site", "templates"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary folder is left");
        }
        System.out.printf("%d kills (build %d ms): %d while the new site was being written, %d restored%n", KILLS,
                buildMillis, duringWrite, restored);
    }

    private static String[] args(String url) {
        return new String[] {"build", "--content", "content", "--templates", "templates", "--out", "site",
            "--site-url", url};
    }

    /** Waits until {@code folder} appears (true) or the process ends or time runs out (false). */
    private static boolean waitForFolder(Path folder, Process build, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline && build.isAlive()) {
            if (Files.exists(folder)) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    private static SiteConfig config(Path project, Path out, String url) {
        return new SiteConfig(project, project.resolve("content"), project.resolve("templates"), out, url);
    }
}
