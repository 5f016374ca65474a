package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflows use exactly the commands README gives, publish with the official Pages actions only after
 * the tests passed, grant each job no more than it needs, and keep their runs bounded and cached.
 */
class WorkflowsTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Path PULL_REQUEST = Path.of(".github/workflows/pull-request.yml");
    private static final Path PAGES = Path.of(".github/workflows/pages.yml");

    @Test
    void pullRequestsBuildCheckAndTestWithTheReadmeCommands() throws IOException {
        JsonNode workflow = read(PULL_REQUEST);
        assertTrue(workflow.path("on").has("pull_request"));
        List<String> runs = runCommands(workflow);
        assertEquals(List.of("bin/hoshin build", "bin/hoshin check", "bin/test"), readmeCommands(runs));
        assertReadmeHas(readmeCommands(runs));
    }

    @Test
    void aContentOnlyChangeGetsTheContentPassAndAnyOtherChangeEveryTest() throws IOException {
        for (Path file : List.of(PULL_REQUEST, PAGES)) {
            JsonNode workflow = read(file);
            JsonNode scope = steps(workflow).stream().filter(s -> s.path("run").asText().contains(".ci/scope"))
                    .findFirst().orElseThrow(() -> new AssertionError(file + ": no step asks .ci/scope"));
            String id = scope.path("id").asText();
            JsonNode contentPass = steps(workflow).stream()
                    .filter(s -> s.path("run").asText().startsWith("bin/test --content-pass")).findFirst()
                    .orElseThrow(() -> new AssertionError(file + ": no content pass"));
            assertTrue(contentPass.path("if").asText().contains("steps." + id + ".outputs.kind == 'content'"),
                    file + ": " + contentPass);
            assertTrue(stepRunning(workflow, "bin/test").path("if").asText()
                    .contains("steps." + id + ".outputs.kind != 'content'"), file.toString());
            assertEquals(0, steps(workflow).get(0).path("with").path("fetch-depth").asInt(-1),
                    file + ": the checkout has the history the scope compares with");
        }
        assertTrue(Files.isExecutable(Path.of(".ci/scope")));
    }

    @Test
    void theCheckRunsEvenWhenTheBuildFailedSoItsAnnotationsAppear() throws IOException {
        for (Path file : List.of(PULL_REQUEST, PAGES)) {
            String condition = stepRunning(read(file), "bin/hoshin check").path("if").asText();
            assertTrue(condition.contains("always()") || condition.contains("!cancelled()"),
                    file + ": the check step runs after a failed build, not only after success: " + condition);
        }
    }

    @Test
    void pushesToMainDeployWithTheOfficialPagesActions() throws IOException {
        JsonNode workflow = read(PAGES);
        assertEquals("main", workflow.path("on").path("push").path("branches").get(0).asText());
        List<String> uses = usesActions(workflow);
        assertTrue(uses.contains("actions/upload-pages-artifact@v3"), uses.toString());
        assertTrue(uses.contains("actions/deploy-pages@v4"), uses.toString());
        List<String> runs = runCommands(workflow);
        assertEquals(List.of("bin/hoshin build", "bin/hoshin check", "bin/test"), readmeCommands(runs));
        assertReadmeHas(readmeCommands(runs));
        assertTrue(stepRunning(workflow, "bin/hoshin build").path("env").path("HOSHIN_SITE_URL").asText()
                .contains("steps.pages.outputs.base_url"), "the site is built for its Pages address");
        assertEquals("site", stepUsing(workflow, "actions/upload-pages-artifact").path("with").path("path").asText());
    }

    @Test
    void theSiteIsDeployedOnlyAfterTheTestsPassed() throws IOException {
        JsonNode workflow = read(PAGES);
        JsonNode build = workflow.path("jobs").path("build");
        List<JsonNode> steps = new ArrayList<>();
        build.path("steps").forEach(steps::add);
        int upload = indexOf(steps, s -> s.path("uses").asText().startsWith("actions/upload-pages-artifact"));
        for (String tests : List.of("bin/test", "bin/test --content-pass")) {
            int at = indexOf(steps, s -> s.path("run").asText().strip().startsWith(tests));
            assertTrue(at >= 0 && at < upload, tests + " runs before the site is uploaded for deployment");
            String condition = steps.get(at).path("if").asText();
            assertFalse(condition.contains("always()") || condition.contains("cancelled()")
                    || condition.contains("failure()"), "a failed check must stop the deployment, so the tests "
                    + "run only on success: " + condition);
        }
        assertFalse(steps.get(upload).has("if"), "the upload runs only when every step before it succeeded");
        JsonNode deploy = workflow.path("jobs").path("deploy");
        assertEquals("build", deploy.path("needs").asText());
        assertTrue(deploy.path("steps").get(0).path("uses").asText().startsWith("actions/deploy-pages"));
    }

    @Test
    void onlyTheDeployJobMayWriteToPages() throws IOException {
        for (Path file : List.of(PULL_REQUEST, PAGES)) {
            JsonNode workflow = read(file);
            JsonNode top = workflow.path("permissions");
            assertTrue(top.isObject() && fieldNames(top).stream().allMatch(k -> k.equals("contents"))
                    && (!top.has("contents") || top.path("contents").asText().equals("read")),
                    file + ": workflow-wide permissions are none or contents: read, not " + top);
            workflow.path("jobs").fields().forEachRemaining(job -> {
                Map<String, String> granted = new TreeMap<>();
                job.getValue().path("permissions").fields().forEachRemaining(p -> granted.put(p.getKey(),
                        p.getValue().asText()));
                Map<String, String> allowed = job.getKey().equals("deploy") && file.equals(PAGES)
                        ? Map.of("pages", "write", "id-token", "write")
                        : Map.of("contents", "read");
                assertEquals(allowed, granted, file + ": job " + job.getKey() + " is granted exactly what it needs");
            });
        }
    }

    @Test
    void supersededPullRequestRunsAreCancelledButADeploymentInProgressIsNot() throws IOException {
        JsonNode pullRequest = read(PULL_REQUEST).path("concurrency");
        assertTrue(pullRequest.path("group").asText().contains("github.event.pull_request.number"),
                "one concurrency group per pull request: " + pullRequest);
        assertTrue(pullRequest.path("cancel-in-progress").asBoolean());
        JsonNode pages = read(PAGES).path("concurrency");
        assertFalse(pages.path("group").asText().isEmpty());
        assertTrue(pages.has("cancel-in-progress") && !pages.path("cancel-in-progress").asBoolean());
    }

    @Test
    void everyJobIsBoundedInTimeAndCachesMavenAndNpm() throws IOException {
        for (Path file : List.of(PULL_REQUEST, PAGES)) {
            JsonNode workflow = read(file);
            workflow.path("jobs").fields().forEachRemaining(job -> assertTrue(
                    job.getValue().path("timeout-minutes").asInt() > 0, file + ": job " + job.getKey()
                            + " has timeout-minutes"));
            assertEquals("maven", stepUsing(workflow, "actions/setup-java").path("with").path("cache").asText());
            JsonNode node = stepUsing(workflow, "actions/setup-node").path("with");
            assertEquals("npm", node.path("cache").asText(), file.toString());
            Path lockFile = Path.of(node.path("cache-dependency-path").asText());
            assertEquals(Path.of("browser-tests/package-lock.json"), lockFile);
            assertTrue(Files.isRegularFile(lockFile));
        }
    }

    @Test
    void editorsReadMessagesInJapanese() throws IOException {
        for (Path file : List.of(PULL_REQUEST, PAGES)) {
            assertEquals("ja", read(file).path("env").path("HOSHIN_LANG").asText(), file.toString());
        }
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        assertTrue(Files.readString(Path.of(".ci/run")).contains("exec bin/test"));
        assertReadmeHas(List.of("bin/test", "bin/hoshin build"));
    }

    private static JsonNode read(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    private static void assertReadmeHas(List<String> commands) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String command : commands) {
            assertTrue(readme.contains("`" + command + "`"), "README documents `" + command + "`");
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int indexOf(List<JsonNode> steps, Predicate<JsonNode> test) {
        for (int i = 0; i < steps.size(); i++) {
            if (test.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        return steps;
    }

    private static JsonNode stepRunning(JsonNode workflow, String command) {
        return steps(workflow).stream().filter(s -> s.path("run").asText().strip().equals(command)).findFirst()
                .orElseThrow(() -> new AssertionError("no step runs " + command));
    }

    private static JsonNode stepUsing(JsonNode workflow, String action) {
        return steps(workflow).stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + action));
    }

    /** The commands README gives, in the order the workflow runs them (the scope and the content pass left out). */
    private static List<String> readmeCommands(List<String> runs) {
        return runs.stream().filter(r -> !r.contains(".ci/scope") && !r.startsWith("bin/test --content-pass"))
                .toList();
    }

    private static List<String> runCommands(JsonNode workflow) {
        return steps(workflow).stream().filter(s -> s.has("run")).map(s -> s.path("run").asText().strip()).toList();
    }

    private static List<String> usesActions(JsonNode workflow) {
        return steps(workflow).stream().filter(s -> s.has("uses")).map(s -> s.path("uses").asText()).toList();
    }
}
