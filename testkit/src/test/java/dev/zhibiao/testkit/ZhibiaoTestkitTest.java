package dev.zhibiao.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import dev.zhibiao.SheetJson;
import dev.zhibiao.read.Zhibiao;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points do what their javadoc says, on generated sheets. */
class ZhibiaoTestkitTest {
    /** The layouts every template reads back from exactly, damaged or not. */
    static final List<Rendering> EXACT = List.of(Rendering.MARKDOWN, Rendering.TSV, Rendering.CELL_PER_LINE,
            Rendering.CELL_LINES, Rendering.HTML);

    @Test
    void aKindTheSeedTemplateDoesNotPrintIsAClearError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ZhibiaoTestkit.sheet(Kind.MONITORING, new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("MONITORING"), e.getMessage());
    }

    @Test
    void generatedDocumentsOfEveryTemplateReadBackInEveryExactLayout() {
        List<String> failures = new ArrayList<>();
        for (TemplatePrinter.Form form : TemplatePrinter.Form.values()) {
            for (Rendering r : EXACT) {
                for (long seed = 0; seed < 25; seed++) {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<Sheet> sheets = ZhibiaoTestkit.document(form, random);
                    for (Sheet s : sheets) {
                        assertTrue(SheetGenerator.kinds(form).contains(s.kind()));
                    }
                    String text = ZhibiaoTestkit.print(sheets, form, r, ZhibiaoTestkit.DAMAGE, random);
                    List<String> d = ZhibiaoTestkit.readBack(sheets, text, r.fileName("doc"));
                    if (!d.isEmpty()) {
                        failures.add(form + " " + r + " seed " + seed + ": " + d);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void theSameSeedGivesTheSameSheetAndOtherSeedsOtherSheets() {
        Sheet a = ZhibiaoTestkit.sheet(Kind.TARGET, new SplittableRandom(3));
        assertEquals(a, ZhibiaoTestkit.sheet(Kind.TARGET, new SplittableRandom(3)));
        assertFalse(a.equals(ZhibiaoTestkit.sheet(Kind.TARGET, new SplittableRandom(4))));
        assertFalse(a.indicators().isEmpty());
        Sheet self = ZhibiaoTestkit.sheet(Kind.SELF_EVALUATION, new SplittableRandom(3));
        assertTrue(self.indicators().stream().allMatch(i -> i.actual() != null));
    }

    @Test
    void aDifferenceIsReported() {
        Sheet s = ZhibiaoTestkit.sheet(Kind.TARGET, new SplittableRandom(5));
        Sheet changed = s.toBuilder().indicators(s.indicators().subList(1, s.indicators().size())).build();
        assertEquals(List.of(), ZhibiaoTestkit.differences(s, s));
        assertFalse(ZhibiaoTestkit.differences(s, changed).isEmpty());
    }

    @Test
    void scoresAPerfectReadAndALossyOne(@TempDir Path dir) throws Exception {
        List<Sheet> key = ZhibiaoTestkit.document(TemplatePrinter.Form.SEED, new SplittableRandom(8));
        Path file = dir.resolve("doc.json");
        Files.writeString(file, SheetJson.write(key));
        List<Sheet> loaded = ZhibiaoTestkit.answerKey(file);
        String text = ZhibiaoTestkit.print(loaded, TemplatePrinter.Form.SEED, Rendering.MARKDOWN, Set.of(),
                new SplittableRandom(1));
        Score perfect = ZhibiaoTestkit.score(Zhibiao.read(text, "doc.md"), loaded);
        assertTrue(perfect.perfect(), perfect.toString() + " " + perfect.f1() + " " + perfect.targets() + " " + perfect.header() + " " + perfect.problems());
        assertTrue(perfect.toString().startsWith("doc.md sheets 1/1 paired 1 | indicators P=1.0000 R=1.0000 F1=1.0000"),
                perfect.toString());
        Sheet k = loaded.get(0);
        Sheet fewer = k.toBuilder().indicators(k.indicators().subList(0, k.indicators().size() - 1)).build();
        Score lossy = ZhibiaoTestkit.score(List.of(fewer), loaded);
        int n = k.indicators().size();
        assertEquals((double) (n - 1) / n, lossy.recall(), 1e-9);
        assertEquals(1.0, lossy.precision(), 1e-9);
        assertFalse(lossy.perfect());
        assertTrue(lossy.toString().contains(" problem"), lossy.toString());
    }

    @Test
    void partialLeavesUnansweredSheetsOutOfPrecision() {
        List<Sheet> read = new ArrayList<>(ZhibiaoTestkit.document(TemplatePrinter.Form.SEED, new SplittableRandom(2)));
        read.addAll(ZhibiaoTestkit.document(TemplatePrinter.Form.SPLIT, new SplittableRandom(9)));
        List<Sheet> key = List.of(read.get(0));
        Score full = ZhibiaoTestkit.score(read, key);
        Score partial = ZhibiaoTestkit.score(read, key, Score.Mode.PARTIAL);
        assertTrue(full.precision() < 1, full.toString());
        assertEquals(1.0, partial.precision(), 1e-9);
        assertEquals(List.of(Score.Mode.PARTIAL), partial.modes());
    }
}
