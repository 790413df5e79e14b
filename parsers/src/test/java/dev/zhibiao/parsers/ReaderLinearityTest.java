package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.ReadException;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The readers and the detector are linear in their input: wide rows, long lines, many rows, deep
 * nesting. Each case times eight reads of an input of size n against one read of size 8n in one
 * run (interleaved, best of several): about 1 for linear work, 8 for a quadratic path.
 */
class ReaderLinearityTest {
    private static final double MAX_RATIO = 3.5;
    private static final Limits WIDE = Limits.defaults().withCellsPerRow(1_000_000).withLineChars(100_000_000)
            .withDepth(1_000_000).withCells(100_000_000);

    @Test
    void markdownRowOfManyCells() {
        linear("markdown row", n -> "| 项目名称 |" + " 甲 |".repeat(n) + "\n", 4_000, Format.MARKDOWN);
    }

    @Test
    void tabSeparatedRowOfManyCells() {
        linear("tsv row", n -> "项目名称" + "\t甲".repeat(n) + "\n", 4_000, Format.TSV);
    }

    @Test
    void commas() {
        linear("csv commas", n -> ",".repeat(n), 100_000, Format.CSV);
        linear("detected commas", n -> ",".repeat(n), 100_000, Format.AUTO);
    }

    @Test
    void oneLongLineDetected() {
        linear("long line", n -> "绩".repeat(n), 100_000, Format.AUTO);
        linear("long pipe line", n -> "|" + "a|".repeat(n), 20_000, Format.AUTO);
    }

    @Test
    void manyLines() {
        linear("cell-per-line", n -> "\t项目名称\n\t甲\n\n".repeat(n), 2_000, Format.CELL_PER_LINE);
        linear("pdftotext", n -> "项目名称 甲\n".repeat(n), 2_000, Format.PDFTOTEXT);
        linear("cr only", n -> "| a | b |\r".repeat(n), 2_000, Format.AUTO);
    }

    @Test
    void html() {
        linear("html rows", n -> "<table>" + "<tr><td>项目名称</td><td>甲</td></tr>".repeat(n) + "</table>", 1_000,
                Format.HTML);
        linear("html wide row", n -> "<table><tr>" + "<td>甲</td>".repeat(n) + "</tr></table>", 1_000, Format.HTML);
        linear("html deep div", n -> "<div>".repeat(n) + "甲" + "</div>".repeat(n), 2_000, Format.HTML);
        linear("html deep table", n -> "<table><tr><td>".repeat(n) + "甲" + "</td></tr></table>".repeat(n), 200,
                Format.HTML);
    }

    private static void linear(String what, IntFunction<String> input, int n, Format format) {
        String small = input.apply(n);
        String large = input.apply(8 * n);
        eightAndOne(small, large, format); // warm-up
        double ratio = 0;
        // wall time (the module does not read java.management for a thread's CPU time): a loaded machine slows a
        // read now and then, so up to six attempts of three rounds each; a quadratic reader fails them all
        for (int attempt = 0; attempt < 6; attempt++) {
            long bestSmall = Long.MAX_VALUE;
            long bestLarge = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long[] t = eightAndOne(small, large, format);
                bestSmall = Math.min(bestSmall, t[0]);
                bestLarge = Math.min(bestLarge, t[1]);
            }
            ratio = (double) bestLarge / Math.max(1, bestSmall);
            if (ratio < MAX_RATIO) {
                return;
            }
        }
        assertTrue(ratio < MAX_RATIO, what + ": one read of 8x the input took " + ratio + "x the time of 8 reads");
    }

    private static long[] eightAndOne(String small, String large, Format format) {
        long t0 = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            rows(small, format);
        }
        long t1 = System.nanoTime();
        rows(large, format);
        return new long[] {t1 - t0, System.nanoTime() - t1};
    }

    private static void rows(String text, Format format) {
        try {
            Readers.document(text, "t", format, WIDE);
        } catch (ReadException e) {
            // a refusal is an outcome too; its time counts
        }
    }
}
