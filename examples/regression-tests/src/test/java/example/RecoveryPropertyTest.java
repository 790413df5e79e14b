package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.testkit.Rendering;
import dev.zhibiao.testkit.TemplatePrinter;
import dev.zhibiao.testkit.ZhibiaoTestkit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A property test: sheets generated in every template, printed in the layouts your converter
 * produces, damaged as converters damage them, read back as the sheets that were printed. One
 * thousand documents per layout; each seed gives the same document, so a failure names the seed
 * that reproduces it.
 *
 * <p>Layouts covered: Markdown, TSV, cell-per-line, web cell lines, HTML, pipe rows without outer
 * pipes, space-aligned text and OCR text with single spaces, each with all of
 * {@link ZhibiaoTestkit#DAMAGE}, every document read back exactly; a whole document flattened into
 * one long line, where a row with an empty last cell followed by a row without a 指标N: prefix
 * can be cut either way, at least 99.5% read back exactly.
 */
class RecoveryPropertyTest {
    static final int DOCUMENTS = 1000;

    @ParameterizedTest
    @EnumSource(value = Rendering.class, names = {"MARKDOWN", "TSV", "CELL_PER_LINE", "CELL_LINES", "HTML", "PIPE_ROWS",
            "SPACED", "OCR"})
    void damagedPrintingsReadBackAsTheSheetsPrinted(Rendering layout) {
        List<String> failures = failures(layout);
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), String.join("\n", failures));
    }

    @Test
    void oneLongLineReadsBackAlmostAlways() {
        List<String> failures = failures(Rendering.ONE_LINE);
        assertTrue(failures.size() * 200 <= DOCUMENTS, failures.size() + " of " + DOCUMENTS + " documents differ:\n"
                + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    }

    /** One line per generated document that does not read back as the sheets printed. */
    private static List<String> failures(Rendering layout) {
        List<String> failures = new ArrayList<>();
        TemplatePrinter.Form[] forms = TemplatePrinter.Form.values();
        for (long seed = 0; seed < DOCUMENTS; seed++) {
            RandomGenerator random = new SplittableRandom(seed);
            TemplatePrinter.Form form = forms[random.nextInt(forms.length)];
            List<Sheet> sheets = ZhibiaoTestkit.document(form, random);
            String text = ZhibiaoTestkit.print(sheets, form, layout, ZhibiaoTestkit.DAMAGE, random);
            List<String> d = ZhibiaoTestkit.readBack(sheets, text, layout.fileName("document"));
            if (!d.isEmpty()) {
                failures.add("seed " + seed + " (" + form + "): " + d);
            }
        }
        return failures;
    }
}
