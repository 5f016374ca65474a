package org.hoshin.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hoshin.check.ContentLinks;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Location;
import org.hoshin.content.SiteContent;
import org.hoshin.pages.PageFooter;
import org.hoshin.pages.PageGenerator;
import org.hoshin.pages.PageKinds;
import org.hoshin.pages.SiteContext;
import org.hoshin.publish.SiteWriter;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.stages.BuildSession;
import org.hoshin.stages.Derived;
import org.hoshin.stages.Deriver;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.Project;
import org.hoshin.stages.ProjectLoader;
import org.hoshin.stages.Runner;
import org.hoshin.stages.SiteConfig;
import org.hoshin.stages.Stages;

/**
 * Builds the whole bilingual site from content and templates, in named stages:
 * <ol>
 *   <li><b>load</b>: every file the build depends on, read once into an immutable {@link Project};</li>
 *   <li><b>derive</b>: what the page kinds share ({@link Derived}: warnings, analyses, themes);</li>
 *   <li><b>render</b>: each {@link PageGenerator} makes its kind of output for both languages, on the
 *       {@link Runner}'s threads, each file going into the output as soon as it is made;</li>
 *   <li><b>check</b>: every link an editor wrote to a page of the site lands on a page and anchor that exist;</li>
 *   <li><b>publish</b>: the new folder replaces the published one ({@link SiteWriter}), or, in the preview, the
 *       files stay in memory.</li>
 * </ol>
 * A failed stage stops the build and leaves the published site as it was. Output depends only on the input files,
 * so two builds are byte-identical.
 */
public final class SiteBuilder {

    /**
     * What a build produced.
     *
     * @param tree     the site (after {@link #build}, its files are in the output folder: only their sizes are kept)
     * @param warnings problems that do not stop the build (stale translations, glossary)
     */
    public record Result(OutputTree tree, List<ContentError> warnings) {

        /** Number of files in the site. */
        public int files() {
            return tree.count();
        }
    }

    private final SiteConfig config;
    private final int threads;
    private final BuildSession session;
    private final Stages stages = new Stages();
    /** The content the last build read, for {@link #rendered}. */
    private SiteContent rendered;

    /** A builder that renders on every available core. */
    public SiteBuilder(SiteConfig config) {
        this(config, Runtime.getRuntime().availableProcessors());
    }

    /** A builder that renders on {@code threads} threads; 1 renders everything on the calling thread. */
    public SiteBuilder(SiteConfig config, int threads) {
        this(config, threads, null);
    }

    /** A builder that reuses what {@code session} kept from earlier builds ({@code null}: nothing). */
    public SiteBuilder(SiteConfig config, int threads, BuildSession session) {
        this.config = config;
        this.threads = threads;
        this.session = session;
    }

    /**
     * Builds and publishes into the output folder (refused unless it may be replaced, see SiteWriter). Files are
     * written into the writer's new folder as they are made, and the folder is swapped in only when the build
     * succeeded; a failed build removes it and leaves the published site as it was.
     */
    public Result build() throws ContentException, IOException {
        List<ContentError> warnings = new ArrayList<>();
        SiteWriter writer = SiteWriter.open(config,
                note -> warnings.add(new ContentError(Location.of(config.outputDir()), note)));
        return new Result(build(writer, warnings), warnings);
    }

    /** As {@link #build()}, into the folder {@code writer} replaces, adding warnings to {@code warnings}. */
    public OutputTree build(SiteWriter writer, List<ContentError> warnings) throws ContentException, IOException {
        SiteWriter.Staging staging = writer.begin();
        OutputTree tree = OutputTree.writingTo(staging);
        try {
            run(warnings, tree);
        } catch (OutputTree.OutputFailure e) {
            staging.abort();
            throw staging.failure(e.getCause());
        } catch (ContentException | IOException | RuntimeException | Error e) {
            staging.abort();
            throw e;
        }
        stages.run("publish", staging::commit);
        return tree;
    }

    /** Builds without writing anything: the preview serves the site from memory. */
    public Result buildInMemory() throws ContentException, IOException {
        List<ContentError> warnings = new ArrayList<>();
        return new Result(render(warnings), warnings);
    }

    /** Renders the site into memory without writing it, adding warnings to {@code warnings}. */
    public OutputTree render(List<ContentError> warnings) throws ContentException, IOException {
        OutputTree tree = new OutputTree();
        run(warnings, tree);
        return tree;
    }

    /** The build's stages up to publishing, into {@code tree}. */
    private void run(List<ContentError> warnings, OutputTree tree) throws ContentException, IOException {
        stages.clear();
        try (Runner runner = new Runner(threads, session)) {
            runner.warm(JapaneseAnalysis::warmUp); // Kuromoji's dictionaries load on another core while reading
            Project project = stages.run("load", () -> new ProjectLoader(config, session).load(runner));
            rendered = project.content();
            Derived derived = stages.run("derive", () -> new Deriver(session).derive(project, runner));
            warnings.addAll(derived.warnings());
            stages.run("render", () -> render(project, derived, runner, tree));
            stages.run("check", () -> checkLinks(project, tree, runner));
        }
    }

    /** Lets every page kind make its output, and waits until all of it is in the tree. */
    private static void render(Project project, Derived derived, Runner runner, OutputTree tree)
            throws ContentException, IOException {
        SiteContext site = new SiteContext(project, derived, runner, tree,
                new PageFooter(project.siteInfo(), project.history(), project.content()));
        for (PageGenerator generator : PageKinds.ALL) {
            generator.generate(site);
        }
        runner.finish();
    }

    private static void checkLinks(Project project, OutputTree tree, Runner runner) throws ContentException {
        List<ContentError> broken = new ContentLinks(tree, project.config().siteUrl()).check(project.content(),
                runner);
        if (!broken.isEmpty()) {
            throw new ContentException(broken);
        }
    }

    /** How long each stage of the last build took, in the order they ran. */
    public List<Stages.Timing> timings() {
        return stages.timings();
    }

    /** The content the last build read, for comparisons that need it ({@code check}'s published anchors). */
    public SiteContent rendered() {
        return rendered;
    }
}
