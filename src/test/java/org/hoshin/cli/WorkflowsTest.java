package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub workflows use exactly the commands README gives, and publish with the official Pages actions. */
class WorkflowsTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void pullRequestsBuildCheckAndTestWithTheReadmeCommands() throws IOException {
        JsonNode workflow = YAML.readTree(Path.of(".github/workflows/pull-request.yml").toFile());
        assertTrue(workflow.path("on").has("pull_request"));
        List<String> runs = runCommands(workflow);
        assertEquals(List.of("bin/hoshin build", "bin/hoshin check", "bin/test"), runs);
        assertReadmeHas(runs);
        assertTrue(usesActions(workflow).contains("actions/setup-java@v4"));
        assertEquals("maven", steps(workflow).stream().filter(s -> s.path("uses").asText().startsWith(
                "actions/setup-java")).findFirst().orElseThrow().path("with").path("cache").asText());
    }

    @Test
    void pushesToMainDeployWithTheOfficialPagesActions() throws IOException {
        JsonNode workflow = YAML.readTree(Path.of(".github/workflows/pages.yml").toFile());
        assertEquals("main", workflow.path("on").path("push").path("branches").get(0).asText());
        assertEquals("write", workflow.path("permissions").path("pages").asText());
        assertEquals("write", workflow.path("permissions").path("id-token").asText());
        List<String> uses = usesActions(workflow);
        assertTrue(uses.contains("actions/upload-pages-artifact@v3"), uses.toString());
        assertTrue(uses.contains("actions/deploy-pages@v4"), uses.toString());
        List<String> runs = runCommands(workflow);
        assertEquals(List.of("bin/hoshin build", "bin/hoshin check"), runs);
        assertReadmeHas(runs);
        JsonNode build = steps(workflow).stream().filter(s -> s.path("run").asText().equals("bin/hoshin build"))
                .findFirst().orElseThrow();
        assertTrue(build.path("env").path("HOSHIN_SITE_URL").asText().contains("steps.pages.outputs.base_url"),
                "the site is built for its Pages address, under the repository's path");
        assertEquals("site", steps(workflow).stream().filter(s -> s.path("uses").asText()
                .startsWith("actions/upload-pages-artifact")).findFirst().orElseThrow().path("with").path("path")
                .asText());
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        assertTrue(Files.readString(Path.of(".ci/run")).contains("exec bin/test"));
        assertReadmeHas(List.of("bin/test", "bin/hoshin build"));
    }

    private static void assertReadmeHas(List<String> commands) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String command : commands) {
            assertTrue(readme.contains("`" + command + "`"), "README documents `" + command + "`");
        }
    }

    private static List<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        return steps;
    }

    private static List<String> runCommands(JsonNode workflow) {
        return steps(workflow).stream().filter(s -> s.has("run")).map(s -> s.path("run").asText().strip()).toList();
    }

    private static List<String> usesActions(JsonNode workflow) {
        return steps(workflow).stream().filter(s -> s.has("uses")).map(s -> s.path("uses").asText()).toList();
    }
}
