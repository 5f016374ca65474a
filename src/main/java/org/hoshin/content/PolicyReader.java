package org.hoshin.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads one language edition of a ward into a {@link Policy}. The Japanese folder ({@code ja/}) defines the
 * structure: which items exist, in which order, with which ids. Another language's folder mirrors it file by file;
 * each translated file records the hash of the Japanese file it translates, and a file not translated yet falls
 * back to the Japanese text, marked {@link Translation#MISSING}, so the English site never has a hole.
 */
final class PolicyReader {

    static final String SOURCE_HASH_KEY = "source-sha256";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Ids the ward page gives its own parts (templates/layout.peb, partials/header.peb, pages/ward.peb). */
    private static final Set<String> RESERVED_IDS = Set.of("main", "goal", "pillars", "management", "columns",
            "tables", "source", "notes", "top", "search", "breadcrumb-label", "toc-label", "header-q",
            "site-nav-label");
    /** The page derives the ids of headings and table captions from item ids: p1 → p1-heading, t1 → t1-caption. */
    private static final Pattern GENERATED_ID = Pattern.compile(".*-(heading|caption)");
    private static final Set<String> INDEX_KEYS = Set.of("title", "goal", "slogan", "mascots", "captions",
            "pillars-heading", "initiatives-label");
    private static final Set<String> MASCOT_KEYS = Set.of("name", "role");
    /** Keys a translation cannot have: ids and their aliases come from the Japanese file. */
    private static final Set<String> ID_KEYS = Set.of("id", "aliases");
    private static final Set<String> ITEM_KEYS = Set.of("id", "aliases", "title", "captions");
    private static final Set<String> INITIATIVE_KEYS = Set.of("id", "aliases", "title", "program", "captions", "themes");
    private static final Set<String> INTRO_KEYS = Set.of();
    private static final Set<String> TABLE_KEYS = Set.of("id", "aliases", "title", "header", "rows");

    private final UnaryOperator<Path> display;
    private final YamlReader yaml;
    private final MarkdownInspector inspector = new MarkdownInspector();
    private final List<ContentError> errors = new ArrayList<>();
    private final Map<String, Location> ids = new HashMap<>();
    /** The file of each id, for telling which of two files using one id is newer. */
    private final Map<String, Path> idFiles = new HashMap<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final Map<String, List<String>> aliases = new LinkedHashMap<>();
    private final List<MarkdownInspector.LinkRef> links = new ArrayList<>();
    /** Japanese items by file, kept when the Japanese is read so a translation reuses them instead of re-parsing. */
    private final Map<String, Item> originals;
    private Path jaDir;
    private Path langDir;
    private boolean source;
    /** Which item each translated file translates, so a file left behind by a reorder is not shown. */
    private TranslationPlaces places;

    PolicyReader(UnaryOperator<Path> display, YamlReader yaml) {
        this(display, yaml, new HashMap<>());
    }

    private PolicyReader(UnaryOperator<Path> display, YamlReader yaml, Map<String, Item> originals) {
        this.display = display;
        this.yaml = yaml;
        this.originals = originals;
    }

    /** A fresh reader for a translation of the edition this reader read, sharing its parsed Japanese items. */
    PolicyReader forTranslation() {
        return new PolicyReader(display, yaml, originals);
    }

    /** Reads the Japanese edition. */
    Policy readJapanese(Path ja, String wardName) throws ContentException {
        return read(ja, ja, wardName);
    }

    /** The anchors of the edition read (item ids and aliases), each where it is written. */
    Map<String, Location> anchors() {
        return Map.copyOf(ids);
    }

    /** Reads a translated edition from {@code lang}, mirroring {@code ja} item by item. */
    Policy readTranslation(Path ja, Path lang, String wardName) throws ContentException {
        return read(ja, lang, wardName);
    }

    private Policy read(Path ja, Path lang, String wardName) throws ContentException {
        this.jaDir = ja;
        this.langDir = lang;
        this.source = ja.equals(lang);
        if (!Files.isRegularFile(ja.resolve(ContentLayout.INDEX))) {
            throw new ContentException(ContentError.of(Location.of(display.apply(ja)), "policy.noIndex"));
        }
        if (!source) {
            places = new TranslationPlaces(ja);
            rejectOrphans(lang);
        }
        Item index = item(ContentLayout.INDEX, INDEX_KEYS, "index.md");
        Policy policy = null;
        if (index != null) {
            Fields f = index.fields();
            List<Mascot> mascots = new ArrayList<>();
            for (YamlNode node : f.items("mascots")) {
                Fields m = Fields.of(node, MASCOT_KEYS, "a mascot", errors);
                mascots.add(new Mascot(m.required("name"), m.optional("role")));
            }
            // errors are listed in the order they are found, so the parts are read in this order
            String title = f.required("title");
            String statement = f.required("goal");
            String slogan = f.optional("slogan");
            Markdown pillarsIntro = intro(ContentLayout.PILLARS);
            List<Pillar> pillars = pillars();
            Markdown managementIntro = intro(ContentLayout.MANAGEMENT);
            List<Section> management = sections(ContentLayout.MANAGEMENT, PolicyItem.Kind.MANAGEMENT);
            List<Section> columns = sections(ContentLayout.COLUMNS, PolicyItem.Kind.COLUMN);
            List<Table> tables = tables();
            Goal goal = new Goal(statement, slogan, index.body(), mascots, captions(f), index.translation());
            policy = Policy.builder(wardName, title, goal).pillars(pillarsIntro, pillars)
                    .management(managementIntro, management).columns(columns).tables(tables).notes(notes())
                    .headings(f.optional("pillars-heading"), f.optional("initiatives-label"))
                    .aliases(aliases).build();
        }
        reportDuplicates();
        checkAnchors();
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return policy;
    }

    private List<Pillar> pillars() throws ContentException {
        List<Pillar> pillars = new ArrayList<>();
        for (String file : itemFiles(ContentLayout.PILLARS, "md")) {
            Item doc = item(file, ITEM_KEYS, "a pillar");
            if (doc == null) {
                continue;
            }
            List<Initiative> initiatives = new ArrayList<>();
            for (String initiativeFile : itemFiles(ContentLayout.initiativesDirOf(file), "md")) {
                Item item = item(initiativeFile, INITIATIVE_KEYS, "an initiative");
                if (item != null) {
                    Fields f = item.fields();
                    initiatives.add(new Initiative(item.id(), f.required("title"), f.optional("program"), item.body(),
                            captions(f), themes(initiativeFile, item), item.location(), item.translation()));
                }
            }
            pillars.add(new Pillar(doc.id(), doc.fields().required("title"), doc.body(), initiatives,
                    captions(doc.fields()), doc.location(), doc.translation()));
        }
        return pillars;
    }

    private List<Section> sections(String dir, PolicyItem.Kind kind) throws ContentException {
        List<Section> sections = new ArrayList<>();
        for (String file : itemFiles(dir, "md")) {
            Item doc = item(file, ITEM_KEYS, "a section");
            if (doc != null) {
                sections.add(new Section(kind, doc.id(), doc.fields().required("title"), doc.body(),
                        captions(doc.fields()), doc.location(), doc.translation()));
            }
        }
        return sections;
    }

    private List<Table> tables() throws ContentException {
        List<Table> tables = new ArrayList<>();
        for (String file : itemFiles(ContentLayout.TABLES, "yaml")) {
            Item doc = item(file, TABLE_KEYS, "a table");
            if (doc == null) {
                continue;
            }
            Fields f = doc.fields();
            List<String> header = f.strings("header");
            List<List<String>> rows = new ArrayList<>();
            for (YamlNode row : f.items("rows")) {
                List<String> cells = new ArrayList<>();
                if (row instanceof YamlNode.ListNode list) {
                    for (YamlNode cell : list.items()) {
                        String text = cell instanceof YamlNode.ScalarNode s && s.text() != null ? s.text().strip() : "";
                        PlainTextCheck.check(text, "rows", cell.location(), errors);
                        cells.add(text);
                    }
                }
                if (cells.size() != header.size()) {
                    errors.add(ContentError.of(row.location(), "policy.tableRow", cells.size(), header.size()));
                }
                rows.add(cells);
            }
            tables.add(new Table(doc.id(), f.required("title"), header, rows, doc.location(), doc.translation()));
        }
        return tables;
    }

    private Markdown intro(String dir) throws ContentException {
        return optionalBody(dir + "/" + ContentLayout.INDEX);
    }

    private Markdown notes() throws ContentException {
        return optionalBody(ContentLayout.NOTES);
    }

    private Markdown optionalBody(String file) throws ContentException {
        if (!Files.isRegularFile(jaDir.resolve(file))) {
            return new Markdown("", Location.of(display.apply(jaDir.resolve(file))));
        }
        Item doc = item(file, INTRO_KEYS, "an introduction");
        return doc == null ? new Markdown("", Location.of(display.apply(jaDir.resolve(file))))
                : doc.body().as(doc.translation());
    }

    /**
     * An item's theme overrides. They classify the item whatever the language, so they are read from the Japanese
     * file only (a translation may not repeat them); whether each id exists is checked against the themes list.
     */
    private List<ThemeTag> themes(String relative, Item item) {
        Item japanese = originals.getOrDefault(relative, item);
        return japanese.fields().items("themes").stream()
                .map(n -> ThemeTag.parse(n instanceof YamlNode.ScalarNode s && s.text() != null ? s.text() : "",
                        n.location()))
                .toList();
    }

    private List<Caption> captions(Fields fields) {
        return fields.strings("captions").stream().filter(c -> !c.isBlank()).map(Caption::new).toList();
    }

    /**
     * Reads one item: in the source language its own file; in a translation the translated file when there is one
     * (with the id taken from the Japanese file), else the Japanese file marked as missing.
     */
    private Item item(String relative, Set<String> keys, String what) throws ContentException {
        Path jaFile = jaDir.resolve(relative);
        boolean hasId = keys.contains("id");
        if (source) {
            Document doc = document(jaFile, keys, what);
            Item item = doc == null ? null : new Item(doc, hasId ? id(doc.fields(), jaFile) : "",
                    hasId ? aliases(doc.fields(), jaFile) : List.of(), Translation.ORIGINAL);
            if (item != null) {
                originals.put(relative, item);
                recordAliases(item);
            }
            return item;
        }
        Item original = originals.get(relative);
        if (original == null) {
            Document doc = document(jaFile, keys, what);
            if (doc == null) {
                return null;
            }
            original = new Item(doc, hasId ? id(doc.fields(), jaFile) : "",
                    hasId ? aliases(doc.fields(), jaFile) : List.of(), Translation.ORIGINAL);
        } else if (!original.id().isEmpty()) {
            ids.putIfAbsent(original.id(), original.location());
            for (String alias : original.aliases()) {
                ids.putIfAbsent(alias, original.location());
            }
        }
        recordAliases(original);
        String id = original.id();
        Path langFile = langDir.resolve(relative);
        if (!Files.isRegularFile(langFile)) {
            return new Item(original.document(), id, original.aliases(), Translation.MISSING);
        }
        Set<String> translatedKeys = new HashSet<>(keys);
        translatedKeys.removeAll(ID_KEYS);
        translatedKeys.remove("themes");
        translatedKeys.add(SOURCE_HASH_KEY);
        translatedKeys.add(TranslationPlaces.SOURCE_ID_KEY);
        Document translated = document(langFile, translatedKeys, what + " (translation)");
        if (translated == null) {
            return null;
        }
        String recorded = translated.fields().optional(SOURCE_HASH_KEY);
        String hash;
        TranslationPlaces.Place place;
        try {
            hash = SourceHash.of(jaFile);
            place = places.place(relative, new TranslationPlaces.Japanese(id, original.aliases(), hash),
                    translated.fields().optional(TranslationPlaces.SOURCE_ID_KEY), recorded);
        } catch (java.io.IOException e) {
            hash = "";
            place = new TranslationPlaces.Place(TranslationPlaces.Place.Kind.HERE, "", "");
        }
        if (place.kind() != TranslationPlaces.Place.Kind.HERE) {
            // another item's English (left behind by a reorder): never shown under this item's anchor
            return new Item(original.document(), id, original.aliases(), Translation.MISSING);
        }
        boolean current = recorded.equals(hash);
        return new Item(translated, id, original.aliases(), current ? Translation.CURRENT : Translation.STALE);
    }

    private void rejectOrphans(Path lang) throws ContentException {
        if (!Files.isDirectory(lang)) {
            return;
        }
        try (var walk = Files.walk(lang)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = lang.relativize(file);
                if (!relative.getFileName().toString().startsWith(".")
                        && !Files.isRegularFile(jaDir.resolve(relative.toString()))) {
                    errors.add(orphan(file, relative.toString().replace('\\', '/')));
                }
            }
        } catch (java.io.IOException e) {
            throw new ContentException(ContentError.of(Location.of(display.apply(lang)), "safeFile.cannotList", e.getMessage()));
        }
    }

    /**
     * An English file without a Japanese file of its name: when what it records names a Japanese file elsewhere in
     * the edition (its item was moved or renumbered), the error says where to move it.
     */
    private ContentError orphan(Path file, String relative) throws java.io.IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        TranslationPlaces.Place place = places.place(relative, TranslationPlaces.recordedId(text),
                TranslationStatus.recordedHash(file).orElse(""));
        if (place.kind() == TranslationPlaces.Place.Kind.ELSEWHERE) {
            return ContentError.of(Location.of(display.apply(file)), "policy.orphanTranslationMoved",
                    display.apply(jaDir.resolve(place.japanese())), display.apply(langDir.resolve(place.japanese())));
        }
        return ContentError.of(Location.of(display.apply(file)), "policy.orphanTranslation",
                display.apply(jaDir.resolve(relative)));
    }

    /** Links to {@code #anchor} must name an id on the same ward page. */
    private void checkAnchors() {
        Set<String> known = new HashSet<>(ids.keySet());
        known.addAll(RESERVED_IDS);
        for (MarkdownInspector.LinkRef link : links) {
            if (link.target().startsWith("#") && !known.contains(link.target().substring(1))) {
                errors.add(ContentError.of(link.location(), "policy.missingAnchor", link.target()));
            }
        }
    }

    private String id(Fields fields, Path file) {
        String id = fields.required("id");
        if (!id.isEmpty()) {
            anchor(id, fields.locationOf("id"), file);
        }
        return id;
    }

    /**
     * The item's earlier ids ({@code aliases: [p1-3]}): anchors published before the item's id changed, kept on
     * the page so old links still land on the item. Each is checked like an id, and may not be used twice.
     */
    private List<String> aliases(Fields fields, Path file) {
        List<String> result = new ArrayList<>();
        for (YamlNode node : fields.items("aliases")) {
            String alias = node instanceof YamlNode.ScalarNode s && s.text() != null ? s.text().strip() : "";
            if (alias.isEmpty()) {
                errors.add(ContentError.of(node.location(), "policy.emptyAlias"));
            } else if (anchor(alias, node.location(), file)) {
                result.add(alias);
            }
        }
        return result;
    }

    private void recordAliases(Item item) {
        if (!item.aliases().isEmpty()) {
            aliases.put(item.id(), item.aliases());
        }
    }

    /** Checks and registers an anchor of the page (an id or an alias); whether it is usable. */
    private boolean anchor(String id, Location at, Path file) {
        if (!ID.matcher(id).matches()) {
            errors.add(ContentError.of(at, "policy.invalidId", id));
        } else if (RESERVED_IDS.contains(id)) {
            errors.add(ContentError.of(at, "policy.reservedId", id));
        } else if (GENERATED_ID.matcher(id).matches()) {
            errors.add(ContentError.of(at, "policy.generatedId", id));
        } else if (ids.containsKey(id)) {
            duplicates.add(new Duplicate(id, ids.get(id), idFiles.get(id), at, file));
        } else {
            ids.put(id, at);
            idFiles.put(id, file);
            return true;
        }
        return false;
    }

    /**
     * Reports each id used twice at the file that introduced it, the newer one ({@link IdHistory}), so the editor
     * changes the new item and not the published one. Git is asked only here, when there is a duplicate.
     */
    private void reportDuplicates() {
        IdHistory history = new IdHistory();
        for (Duplicate d : duplicates) {
            boolean secondIsNew = d.firstFile() == null || history.newer(d.firstFile(), d.secondFile())
                    .equals(d.secondFile());
            Location blamed = secondIsNew ? d.second() : d.first();
            Location kept = secondIsNew ? d.first() : d.second();
            errors.add(ContentError.of(blamed, "policy.duplicateId", d.id(), kept.atLine(kept.line())));
        }
    }

    /** One id written twice: first and second in reading order. */
    private record Duplicate(String id, Location first, Path firstFile, Location second, Path secondFile) {
    }

    /** Item files of a folder of the Japanese edition, as paths relative to the language folder. */
    private List<String> itemFiles(String relativeDir, String extension) throws ContentException {
        Path dir = jaDir.resolve(relativeDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        for (Path child : ContentLoader.sortedChildren(dir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                if (!Files.isRegularFile(dir.resolve(name + ".md"))) {
                    errors.add(ContentError.of(Location.of(display.apply(child)), "policy.folderWithoutFile", name));
                }
            } else if (name.equals(ContentLayout.INDEX)) {
                continue;
            } else if (name.endsWith("." + extension)) {
                files.add(relativeDir + "/" + name);
            } else {
                errors.add(ContentError.of(Location.of(display.apply(child)), "policy.unexpectedFile", extension));
            }
        }
        return files;
    }

    private Document document(Path file, Set<String> keys, String what) throws ContentException {
        Path shown = display.apply(file);
        try {
            String text = TextFiles.readUtf8(file, shown);
            if (text.isBlank()) {
                errors.add(ContentError.of(new Location(shown, 1, 0), "policy.emptyFile"));
                return null;
            }
            if (file.getFileName().toString().endsWith(".yaml")) {
                return new Document(Fields.of(yaml.read(shown, text, 0), keys, what, errors),
                        new Markdown("", Location.of(shown)), Location.of(shown));
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

    private record Item(Document document, String id, List<String> aliases, Translation translation) {
        Fields fields() {
            return document.fields();
        }

        Markdown body() {
            return document.body();
        }

        Location location() {
            return document.location();
        }
    }
}
