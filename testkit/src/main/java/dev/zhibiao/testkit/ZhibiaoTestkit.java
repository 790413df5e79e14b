package dev.zhibiao.testkit;

import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import dev.zhibiao.SheetJson;
import dev.zhibiao.read.ReadException;
import dev.zhibiao.read.Zhibiao;
import dev.zhibiao.testkit.internal.GoldSheets;
import dev.zhibiao.testkit.internal.Scorer;
import dev.zhibiao.testkit.internal.SheetMatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The test kit's entry point: generate valid sheets, print them in a template and a layout,
 * damage the printing, read it back and compare; load answer keys and score what zhibiao reads
 * from your own documents. Every random choice comes from the {@link RandomGenerator} passed in,
 * so QuickTheories, JUnit's {@code @ParameterizedTest} or a plain loop over seeds can drive it.
 *
 * <p>A property test (recovery returns the printed sheets):
 * <pre>{@code
 * @ParameterizedTest
 * @EnumSource(value = Rendering.class, names = {"MARKDOWN", "TSV", "HTML"})
 * void damagedPrintingsReadBack(Rendering layout) {
 *     for (long seed = 0; seed < 1000; seed++) {
 *         RandomGenerator r = new SplittableRandom(seed);
 *         List<Sheet> sheets = ZhibiaoTestkit.document(TemplatePrinter.Form.SEED, r);
 *         String text = ZhibiaoTestkit.print(sheets, TemplatePrinter.Form.SEED, layout, ZhibiaoTestkit.DAMAGE, r);
 *         assertEquals(List.of(), ZhibiaoTestkit.readBack(sheets, text, layout.fileName("doc")), "seed " + seed);
 *     }
 * }
 * }</pre>
 *
 * <p>A regression test (your document against your answer key):
 * <pre>{@code
 * Score s = ZhibiaoTestkit.score(Zhibiao.read(Path.of("docs/notice.txt")),
 *         ZhibiaoTestkit.answerKey(Path.of("docs/notice.json")));
 * assertTrue(s.f1() >= 0.95, s::toString);
 * }</pre>
 *
 * <p>The building blocks are public too: {@link SheetGenerator}, {@link SheetPrinter} and
 * {@link TemplatePrinter} (a sheet laid out as a {@link Layout}), {@link Damage} (each operator on a
 * layout) and {@link Rendering} (a layout written as text).
 */
public final class ZhibiaoTestkit {
    private ZhibiaoTestkit() {
    }

    /**
     * The damage every template and every layout recovers from (the label, spelling and value
     * damage; whole-row shifts and lost leading cells depend on the seed template's columns).
     */
    public static final Set<Damage.Type> DAMAGE = Set.copyOf(EnumSet.of(Damage.Type.MERGED,
            Damage.Type.LABEL_COLUMN, Damage.Type.TRUNCATED_LABELS, Damage.Type.WRAPPED_LABELS,
            Damage.Type.TRADITIONAL, Damage.Type.SPACED_VALUES, Damage.Type.FULL_WIDTH_VALUES,
            Damage.Type.STRAY_TAGS));

    /**
     * A valid sheet for the seed template, as {@link SheetGenerator#sheet(Kind, RandomGenerator)}.
     *
     * <pre>{@code
     * Sheet s = ZhibiaoTestkit.sheet(Kind.SELF_EVALUATION, new SplittableRandom(1));
     * }</pre>
     *
     * @param kind   the kind
     * @param random a source of randomness
     * @return the sheet
     */
    public static Sheet sheet(Kind kind, RandomGenerator random) {
        return SheetGenerator.sheet(kind, random);
    }

    /**
     * The sheets of one document in a template, as {@link SheetGenerator#document}.
     *
     * <pre>{@code
     * List<Sheet> sheets = ZhibiaoTestkit.document(TemplatePrinter.Form.CENTRAL, new SplittableRandom(1));
     * }</pre>
     *
     * @param form   the template
     * @param random a source of randomness
     * @return the sheets in document order
     */
    public static List<Sheet> document(TemplatePrinter.Form form, RandomGenerator random) {
        return SheetGenerator.document(form, random);
    }

    /**
     * Prints sheets in a template and a layout, with some of the given damage (each kind drawn
     * with probability one half, its details from {@code random}).
     *
     * <pre>{@code
     * String text = ZhibiaoTestkit.print(sheets, TemplatePrinter.Form.SEED, Rendering.TSV, Set.of(), r);  // undamaged
     * }</pre>
     *
     * @param sheets    the sheets of one document (several only for {@link TemplatePrinter.Form#MULTI})
     * @param form      the template
     * @param rendering the layout
     * @param damage    the kinds of damage that may be applied (empty for none)
     * @param random    a source of randomness
     * @return the document's text
     */
    public static String print(List<Sheet> sheets, TemplatePrinter.Form form, Rendering rendering,
                               Set<Damage.Type> damage, RandomGenerator random) {
        Objects.requireNonNull(rendering, "rendering");
        Set<Damage.Type> drawn = EnumSet.noneOf(Damage.Type.class);
        for (Damage.Type t : Damage.Type.values()) {
            if (damage.contains(t) && random.nextBoolean()) {
                drawn.add(t);
            }
        }
        List<Layout> layouts = new ArrayList<>();
        if (form == TemplatePrinter.Form.MULTI) {
            layouts.add(Damage.apply(TemplatePrinter.layout(form, sheets, random), drawn, random));
        } else {
            for (Sheet s : sheets) {
                layouts.add(Damage.apply(TemplatePrinter.layout(form, List.of(s), random), drawn, random));
            }
        }
        return rendering.print(layouts);
    }

    /**
     * Reads a printed document with zhibiao and compares it with the sheets that were printed.
     *
     * <pre>{@code
     * List<String> d = ZhibiaoTestkit.readBack(sheets, text, "doc.md");   // empty when recovery returned them
     * }</pre>
     *
     * @param printed  the sheets that were printed
     * @param text     the document's text
     * @param fileName a file name whose suffix names the layout ({@link Rendering#fileName})
     * @return one line per difference; empty when zhibiao read back exactly the printed sheets
     */
    public static List<String> readBack(List<Sheet> printed, String text, String fileName) {
        List<Sheet> got;
        try {
            got = Zhibiao.read(text, fileName);
        } catch (ReadException e) {
            return List.of("read failed: " + e.getMessage());
        }
        if (got.size() != printed.size()) {
            return List.of("expected " + printed.size() + " sheets, read " + got.size() + ": " + got);
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < printed.size(); k++) {
            for (String d : differences(printed.get(k), got.get(k))) {
                out.add(printed.size() == 1 ? d : "sheet " + (k + 1) + " " + d);
            }
        }
        return out;
    }

    /**
     * Compares a sheet read with the sheet expected, on what the printers print: year, project,
     * region, parties, the money block, goals and, per indicator, level 1, level 2, name, value,
     * target, actual and note. Texts compare as Sheet JSON compares labels (tags removed, NFKC,
     * traditional folded to simplified, white space removed).
     *
     * <pre>{@code
     * ZhibiaoTestkit.differences(expected, actual);   // ["indicator 3 level2: 质量指标 != 数量指标"]
     * }</pre>
     *
     * @param expected the sheet expected
     * @param actual   the sheet read
     * @return one line per difference; empty when they match
     */
    public static List<String> differences(Sheet expected, Sheet actual) {
        return SheetMatch.differences(expected, actual);
    }

    /**
     * Loads an answer key: a Sheet JSON file ({@code docs/sheet-json.md}), one sheet object or an
     * array of them. Targets are taken from the key's {@code target} objects, not re-parsed.
     *
     * <pre>{@code
     * List<Sheet> key = ZhibiaoTestkit.answerKey(Path.of("src/test/resources/documents/notice.json"));
     * }</pre>
     *
     * @param file the key
     * @return its sheets in document order
     * @throws java.io.UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException naming the file when it is not Sheet JSON
     */
    public static List<Sheet> answerKey(Path file) {
        return GoldSheets.load(file);
    }

    /**
     * Scores the sheets read from one document against its answer key, as
     * {@code score.py KEY READ [--partial] [--fuzzy]} does.
     *
     * <pre>{@code
     * Score s = ZhibiaoTestkit.score(Zhibiao.read(doc), ZhibiaoTestkit.answerKey(key), Score.Mode.PARTIAL);
     * }</pre>
     *
     * @param read  the sheets read from the document
     * @param key   the document's answer key
     * @param modes {@link Score.Mode#PARTIAL} when the key answers only some sheets,
     *              {@link Score.Mode#FUZZY} for OCR output
     * @return the score; its {@code source} is the key's first source (or the first sheet read's)
     */
    public static Score score(List<Sheet> read, List<Sheet> key, Score.Mode... modes) {
        Set<Score.Mode> m = EnumSet.noneOf(Score.Mode.class);
        m.addAll(List.of(modes));
        String source = key.stream().map(Sheet::source).filter(Objects::nonNull).findFirst()
                .orElse(read.stream().map(Sheet::source).filter(Objects::nonNull).findFirst().orElse("document"));
        List<Scorer.Score> all = Scorer.score(Scorer.sheets(SheetJson.write(named(key, source))),
                Scorer.sheets(SheetJson.write(named(read, source))), m.contains(Score.Mode.FUZZY));
        Scorer.Score s = all.get(all.size() - 1);
        boolean partial = m.contains(Score.Mode.PARTIAL);
        double p = partial ? s.matchedPrecision() : s.precision();
        return new Score(source, s.goldSheets(), read.size(), s.matched(), p, s.recall(),
                partial ? s.matchedF1() : s.f1(), s.targets(), s.header(), List.copyOf(m), s.problems());
    }

    private static List<Sheet> named(List<Sheet> sheets, String source) {
        return sheets.stream().map(s -> s.toBuilder().source(source).build()).toList();
    }
}
