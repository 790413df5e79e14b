package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells of the pdftotext reader rebuilt from wrapped fragments (disclosures6). */
class PdfTextFragmentsTest {

    private static List<PdfTextReader.Frag> paragraphs(String... texts) {
        List<PdfTextReader.Frag> in = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            in.add(new PdfTextReader.Frag(texts[i], i * 2 + 1, i, true, true));
        }
        return in;
    }

    @Test
    void aNumberCutInsideItsDecimalsIsOneValue() {
        assertTrue(PdfTextFragments.continuesValue("≥28.0", "0(%)"));
        assertTrue(PdfTextFragments.continuesValue("≥90.", "00(%)"));
        assertTrue(PdfTextFragments.continuesValue("=100.0", "0%"));
        // a whole number followed by another value is two values
        assertFalse(PdfTextFragments.continuesValue("≥28", "0(%)"));
        assertFalse(PdfTextFragments.continuesValue("≥28.00(%)", "90(%)"));
    }

    @Test
    void aNameAndItsValueWrappedAndPrintedInTurnAreOneRow() {
        List<String> out = PdfTextFragments.joinInTurn(paragraphs("重特大疾病医疗救助人次占直接救", "≥28.0", "助人次比例", "0(%)",
                "下一个指标", "≥2 次")).stream().map(PdfTextReader.Frag::text).toList();
        assertEquals(List.of("重特大疾病医疗救助人次占直接救助人次比例", "≥28.00(%)", "下一个指标", "≥2 次"), out);
        // two rows, each name with its own whole value, stay four cells
        assertEquals(4, PdfTextFragments.joinInTurn(paragraphs("参保人数", "≥28.00(%)", "知晓率", "≥90.00(%)")).size());
    }

    @Test
    void aNameThatStartsWithADateIsNoValue() {
        List<PdfTextReader.Frag> in = List.of(new PdfTextReader.Frag("2019 年 12 月 31 日前中央财政补", 1, 0, true, true),
                new PdfTextReader.Frag("助资金到位率", 2, 0, true, true), new PdfTextReader.Frag("=100.00(%)", 4, 1, true, true));
        List<PdfTextReader.Piece> pieces = PdfTextFragments.pieces(in, true);
        assertEquals(2, pieces.size(), pieces.toString());
        assertEquals("2019 年 12 月 31 日前中央财政补助资金到位率", pieces.get(0).text());
        assertEquals(PdfTextReader.Kind.TEXT, pieces.get(0).kind());
        assertEquals(PdfTextReader.Kind.VALUE, pieces.get(1).kind());
        // a deadline value stays a value (12 月底前完成: fewer than six characters after its number)
        assertEquals(PdfTextReader.Kind.VALUE, PdfTextFragments.pieces(List.of(new PdfTextReader.Frag("12 月底前完成", 1, 0, true, true),
                new PdfTextReader.Frag("下一个指标", 2, 0, true, true)), true).get(0).kind());
    }
}
