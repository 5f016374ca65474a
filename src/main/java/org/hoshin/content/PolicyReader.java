package org.hoshin.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads one language folder of a ward ({@code ja/}) into a {@link Policy}, checking every file against the
 * layout in {@link ContentLayout} and every anchor id for format and uniqueness.
 */
final class PolicyReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> RESERVED_IDS = Set.of("main", "goal", "pillars", "management", "columns",
            "tables", "source", "notes", "top", "search");
    private static final Set<String> INDEX_KEYS = Set.of("name", "title", "goal", "slogan", "mascots", "captions",
            "pillars-heading", "initiatives-label");
    private static final Set<String> MASCOT_KEYS = Set.of("name", "role");
    private static final Set<String> ITEM_KEYS = Set.of("id", "title", "captions");
    private static final Set<String> INITIATIVE_KEYS = Set.of("id", "title", "program", "captions");
    private static final Set<String> INTRO_KEYS = Set.of();
    private static final Set<String> TABLE_KEYS = Set.of("id", "title", "header", "rows");

    private final UnaryOperator<Path> display;
    private final YamlReader yaml;
    private final List<ContentError> errors = new ArrayList<>();
    private final Map<String, Location> ids = new HashMap<>();
    private final MarkdownInspector inspector = new MarkdownInspector();
    private final List<MarkdownInspector.LinkRef> links = new ArrayList<>();

    PolicyReader(UnaryOperator<Path> display, YamlReader yaml) {
        this.display = display;
        this.yaml = yaml;
    }

    Policy read(Path langDir) throws ContentException {
        Path indexFile = langDir.resolve(ContentLayout.INDEX);
        if (!Files.isRegularFile(indexFile)) {
            throw new ContentException(new ContentError(Location.of(display.apply(langDir)),
                    "missing " + ContentLayout.INDEX, "every language folder needs index.md with the basic goal"));
        }
        Document index = document(indexFile, INDEX_KEYS, "index.md");
        Policy policy = null;
        if (index != null) {
            Fields f = index.fields();
            List<Mascot> mascots = new ArrayList<>();
            for (YamlNode node : f.items("mascots")) {
                Fields m = Fields.of(node, MASCOT_KEYS, "a mascot", errors);
                mascots.add(new Mascot(m.required("name"), m.optional("role")));
            }
            policy = new Policy(f.required("name"), f.required("title"), f.required("goal"), f.optional("slogan"),
                    index.body(), intro(langDir.resolve(ContentLayout.PILLARS)), pillars(langDir),
                    intro(langDir.resolve(ContentLayout.MANAGEMENT)),
                    sections(langDir.resolve(ContentLayout.MANAGEMENT)),
                    sections(langDir.resolve(ContentLayout.COLUMNS)), tables(langDir.resolve(ContentLayout.TABLES)),
                    mascots, captions(f), notes(langDir), f.optional("pillars-heading"),
                    f.optional("initiatives-label"));
        }
        checkAnchors();
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return policy;
    }

    private List<Pillar> pillars(Path langDir) throws ContentException {
        Path dir = langDir.resolve(ContentLayout.PILLARS);
        List<Pillar> pillars = new ArrayList<>();
        for (Path file : itemFiles(dir, "md")) {
            Document doc = document(file, ITEM_KEYS, "a pillar");
            if (doc == null) {
                continue;
            }
            String id = id(doc.fields());
            List<Initiative> initiatives = new ArrayList<>();
            Path initiativesDir = dir.resolve(ContentLayout.initiativesDirOf(file.getFileName().toString()));
            for (Path initiativeFile : itemFiles(initiativesDir, "md")) {
                Document item = document(initiativeFile, INITIATIVE_KEYS, "an initiative");
                if (item != null) {
                    Fields f = item.fields();
                    initiatives.add(new Initiative(id(f), f.required("title"), f.optional("program"), item.body(),
                            captions(f), item.location()));
                }
            }
            pillars.add(new Pillar(id, doc.fields().required("title"), doc.body(), initiatives,
                    captions(doc.fields()), doc.location()));
        }
        return pillars;
    }

    private List<Section> sections(Path dir) throws ContentException {
        List<Section> sections = new ArrayList<>();
        for (Path file : itemFiles(dir, "md")) {
            Document doc = document(file, ITEM_KEYS, "a section");
            if (doc != null) {
                sections.add(new Section(id(doc.fields()), doc.fields().required("title"), doc.body(),
                        captions(doc.fields()), doc.location()));
            }
        }
        return sections;
    }

    private List<Table> tables(Path dir) throws ContentException {
        List<Table> tables = new ArrayList<>();
        for (Path file : itemFiles(dir, "yaml")) {
            Path shown = display.apply(file);
            String text = TextFiles.readUtf8(file, shown);
            if (text.isBlank()) {
                errors.add(new ContentError(new Location(shown, 1, 0), "the file is empty",
                        "a table needs id, title, header and rows; delete the file if the table is gone"));
                continue;
            }
            Fields f = Fields.of(yaml.read(shown, text, 0), TABLE_KEYS, "a table", errors);
            List<String> header = f.strings("header");
            List<List<String>> rows = new ArrayList<>();
            for (YamlNode row : f.items("rows")) {
                List<String> cells = new ArrayList<>();
                if (row instanceof YamlNode.ListNode list) {
                    for (YamlNode cell : list.items()) {
                        cells.add(cell instanceof YamlNode.ScalarNode s && s.text() != null ? s.text().strip() : "");
                    }
                }
                if (cells.size() != header.size()) {
                    errors.add(new ContentError(row.location(), "a table row has " + cells.size()
                            + " cells but the header has " + header.size(),
                            "write each row as a list [a, b, c] with one cell per heading"));
                }
                rows.add(cells);
            }
            tables.add(new Table(id(f), f.required("title"), header, rows, Location.of(shown)));
        }
        return tables;
    }

    private Markdown intro(Path dir) throws ContentException {
        Path file = dir.resolve(ContentLayout.INDEX);
        if (!Files.isRegularFile(file)) {
            return new Markdown("", Location.of(display.apply(file)));
        }
        Document doc = document(file, INTRO_KEYS, "an introduction");
        return doc == null ? new Markdown("", Location.of(display.apply(file))) : doc.body();
    }

    private Markdown notes(Path langDir) throws ContentException {
        Path file = langDir.resolve(ContentLayout.NOTES);
        if (!Files.isRegularFile(file)) {
            return new Markdown("", Location.of(display.apply(file)));
        }
        Document doc = document(file, INTRO_KEYS, "notes");
        return doc == null ? new Markdown("", Location.of(display.apply(file))) : doc.body();
    }

    /** Links to {@code #anchor} must name an id on the same ward page. */
    private void checkAnchors() {
        Set<String> known = new java.util.HashSet<>(ids.keySet());
        known.addAll(RESERVED_IDS);
        for (MarkdownInspector.LinkRef link : links) {
            if (link.target().startsWith("#") && !known.contains(link.target().substring(1))) {
                errors.add(new ContentError(link.location(), "link to a missing anchor '" + link.target() + "'",
                        "use the id of an item on this ward page, such as #p1-1"));
            }
        }
    }

    private List<Caption> captions(Fields fields) {
        return fields.strings("captions").stream().filter(c -> !c.isBlank()).map(Caption::new).toList();
    }

    private String id(Fields fields) {
        String id = fields.required("id");
        Location at = fields.locationOf("id");
        if (id.isEmpty()) {
            return id;
        }
        if (!ID.matcher(id).matches()) {
            errors.add(new ContentError(at, "invalid id '" + id + "'",
                    "use lower-case letters, digits and '-', starting with a letter or digit"));
        } else if (RESERVED_IDS.contains(id)) {
            errors.add(new ContentError(at, "id '" + id + "' is reserved for a section of the page",
                    "choose another id"));
        } else if (ids.containsKey(id)) {
            errors.add(new ContentError(at, "duplicate id '" + id + "' (also used at " + ids.get(id) + ")",
                    "every id on a ward page must be different; rename one"));
        } else {
            ids.put(id, at);
        }
        return id;
    }

    private List<Path> itemFiles(Path dir, String extension) throws ContentException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Path child : ContentLoader.sortedChildren(dir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                if (!Files.isRegularFile(dir.resolve(name + ".md"))) {
                    errors.add(new ContentError(Location.of(display.apply(child)),
                            "folder has no matching " + name + ".md",
                            "initiatives live in a folder named like their pillar's file"));
                }
            } else if (name.equals(ContentLayout.INDEX)) {
                continue;
            } else if (name.endsWith("." + extension)) {
                files.add(child);
            } else {
                errors.add(new ContentError(Location.of(display.apply(child)), "unexpected file",
                        "this folder holds ." + extension + " files only"));
            }
        }
        return files;
    }

    private Document document(Path file, Set<String> keys, String what) throws ContentException {
        Path shown = display.apply(file);
        try {
            String text = TextFiles.readUtf8(file, shown);
            if (text.isBlank()) {
                errors.add(new ContentError(new Location(shown, 1, 0), "the file is empty",
                        "write its front matter and text, or delete the file"));
                return null;
            }
            FrontMatter fm = FrontMatter.parse(shown, text, yaml);
            Fields fields = Fields.of(fm.fields(), keys, what, errors);
            int leadingBlankLines = leadingBlankLines(fm.body());
            Markdown body = new Markdown(fm.body().strip(),
                    new Location(shown, fm.bodyStart() + leadingBlankLines, 0));
            links.addAll(inspector.inspect(body, errors));
            return new Document(fields, body, Location.of(shown));
        } catch (ContentException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static int leadingBlankLines(String body) {
        int count = 0;
        for (String line : body.split("\n", -1)) {
            if (!line.isBlank()) {
                break;
            }
            count++;
        }
        return count;
    }

    private record Document(Fields fields, Markdown body, Location location) {
    }
}
