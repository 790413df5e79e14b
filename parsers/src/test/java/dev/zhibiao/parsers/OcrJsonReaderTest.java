package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Indicator;
import dev.zhibiao.Sheet;
import dev.zhibiao.parsers.geometry.OcrWord;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.ReadException;
import dev.zhibiao.read.Zhibiao;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON of line-boxing OCR engines and services ({@link OcrJsonReader}): one small sheet, its
 * text lines boxed as such an engine boxes them, written in each engine's shape, reads to the same
 * indicators.
 */
class OcrJsonReaderTest {

    /** A boxed text line: text, left, top, right, bottom (pixels). */
    private record Box(String text, int x0, int y0, int x1, int y1) {
    }

    /** 24 px characters, a 4 px margin round each run, cells 300 px apart. */
    private static List<Box> sheet() {
        List<Box> b = new ArrayList<>();
        line(b, 40, 300, "城乡居民医疗救助项目绩效目标表");
        line(b, 100, 60, "项目名称", 420, "城乡医疗救助");
        line(b, 160, 60, "一级指标", 360, "二级指标", 660, "三级指标", 960, "指标值");
        line(b, 220, 60, "产出指标", 360, "数量指标", 660, "救助人次", 960, "≥3000人次");
        line(b, 280, 60, "满意度指标", 360, "服务对象满意度指标", 660, "受益群众满意度", 960, "≥85%");
        return b;
    }

    private static void line(List<Box> out, int top, Object... xAndText) {
        for (int i = 0; i < xAndText.length; i += 2) {
            int x = (Integer) xAndText[i];
            String t = (String) xAndText[i + 1];
            double ems = 0;
            for (char c : t.toCharArray()) {
                ems += c >= 0x2E80 || c == '≥' ? 1 : 0.5;
            }
            // ink 22 px high in a 24 px em, the box 4 px round it
            out.add(new Box(t, x - 4, top + 1 - 4, (int) Math.round(x + ems * 24 + 4), top + 23 + 4));
        }
    }

    private static String json(Function<Box, String> item, String open, String close) {
        StringBuilder s = new StringBuilder(open);
        List<Box> boxes = sheet();
        for (int i = 0; i < boxes.size(); i++) {
            s.append(i == 0 ? "" : ",").append(item.apply(boxes.get(i)));
        }
        return s.append(close).toString();
    }

    private static String quad(Box b) {
        return "[[" + b.x0 + "," + b.y0 + "],[" + b.x1 + "," + b.y0 + "],[" + b.x1 + "," + b.y1 + "],[" + b.x0 + "," + b.y1 + "]]";
    }

    /** The same sheet in each engine's shape. */
    static String shaped(String engine) {
        return switch (engine) {
            case "paddle2" -> json(b -> "[" + quad(b) + ",[\"" + b.text + "\",0.98]]", "[[", "]]");
            case "rapid" -> json(b -> "[" + quad(b) + ",\"" + b.text + "\",0.97]", "[", "]");
            case "paddle3" -> {
                StringBuilder t = new StringBuilder();
                StringBuilder p = new StringBuilder();
                StringBuilder sc = new StringBuilder();
                for (Box b : sheet()) {
                    t.append(t.length() == 0 ? "" : ",").append('"').append(b.text).append('"');
                    p.append(p.length() == 0 ? "" : ",").append(quad(b));
                    sc.append(sc.length() == 0 ? "" : ",").append("0.99");
                }
                yield "{\"input_path\":\"scan.png\",\"page_index\":null,\"rec_texts\":[" + t + "],\"rec_scores\":[" + sc
                        + "],\"rec_polys\":[" + p + "]}";
            }
            case "baidu" -> json(b -> "{\"words\":\"" + b.text + "\",\"location\":{\"top\":" + b.y0 + ",\"left\":" + b.x0
                    + ",\"width\":" + (b.x1 - b.x0) + ",\"height\":" + (b.y1 - b.y0) + "},\"probability\":{\"average\":0.96}}",
                    "{\"log_id\":1,\"words_result_num\":" + sheet().size() + ",\"words_result\":[", "]}");
            case "tencent" -> json(b -> "{\"DetectedText\":\"" + b.text + "\",\"Confidence\":99,\"Polygon\":[{\"X\":" + b.x0
                    + ",\"Y\":" + b.y0 + "},{\"X\":" + b.x1 + ",\"Y\":" + b.y0 + "},{\"X\":" + b.x1 + ",\"Y\":" + b.y1 + "},{\"X\":"
                    + b.x0 + ",\"Y\":" + b.y1 + "}]}", "{\"Response\":{\"TextDetections\":[", "]}}");
            case "umi" -> json(b -> "{\"text\":\"" + b.text + "\",\"score\":0.95,\"box\":" + quad(b) + "}",
                    "{\"code\":100,\"data\":[", "]}");
            default -> throw new IllegalArgumentException(engine);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"paddle2", "rapid", "paddle3", "baidu", "tencent", "umi"})
    void readsEachEnginesShape(String engine) throws ReadException {
        String text = shaped(engine);
        assertEquals(Format.OCR_JSON, Detector.detect(text, "scan.json"));
        List<Sheet> sheets = Zhibiao.read(text, "scan.json");
        assertEquals(1, sheets.size(), sheets.toString());
        Sheet s = sheets.get(0);
        assertEquals("城乡医疗救助", s.project());
        List<String> got = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            got.add(i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.value());
        }
        assertEquals(List.of("产出指标|数量指标|救助人次|≥3000人次", "满意度指标|服务对象满意度指标|受益群众满意度|≥85%"), got);
    }

    /** A box's characters are laid along it one em apart inside its margin, on the box's slope. */
    @Test
    void charactersAlongATiltedBox() {
        // 4 characters of 20 px, 2 px margin, the line rising 10 px over its length
        double[] xs = {98, 182, 182, 98};
        double[] ys = {110, 100, 122, 132};
        List<OcrWord> w = OcrJsonReader.characters(new OcrJsonReader.Item("参保人数", xs, ys, 90f, 1), 7);
        assertEquals(4, w.size());
        assertEquals("参", w.get(0).box().getText());
        assertEquals(7, w.get(3).line());
        assertTrue(w.get(0).box().getCenterX() < w.get(1).box().getCenterX());
        assertTrue(w.get(3).box().getCenterY() < w.get(0).box().getCenterY(), "the line rises to the right");
        double pitch = w.get(1).box().getCenterX() - w.get(0).box().getCenterX();
        assertTrue(Math.abs(pitch - 20) < 1.5, "one em apart: " + pitch);
        assertEquals(90f, w.get(0).box().confidence());
    }

    /** A run of digits, Latin letters and marks is one word, as a word-box engine prints it (23 | 人, not 2 | 3 | 人). */
    @Test
    void narrowCharactersRunAsOneWord() {
        // 23人 and a space then ok: 3.5 ems in a box 70 px long and 20 high (an em of about 19 px, a margin of about 1)
        double[] xs = {100, 170, 170, 100};
        double[] ys = {100, 100, 120, 120};
        List<OcrWord> w = OcrJsonReader.characters(new OcrJsonReader.Item("23人 ok", xs, ys, 90f, 1), 3);
        assertEquals(List.of("23", "人", "ok"), w.stream().map(o -> o.box().getText()).toList());
        assertTrue(Math.abs(w.get(0).box().getCenterX() - 110) < 1.5, "the run's middle: " + w.get(0).box().getCenterX());
        assertTrue(Math.abs(w.get(1).box().getCenterX() - 130) < 1.5, "the next character one em on: " + w.get(1).box().getCenterX());
    }

    @Test
    void otherJsonIsNotOcr() {
        assertFalse(OcrJsonReader.looksLikeOcrJson("[{\"source\":\"a.md\",\"kind\":\"target\",\"indicators\":[]}]"));
        assertFalse(OcrJsonReader.looksLikeOcrJson("{\"name\":\"x\",\"value\":[1,2,3]}"));
        assertTrue(OcrJsonReader.looksLikeOcrJson(shaped("rapid")));
    }

    /** A page of more boxes than a page holds is refused with the limit to raise, not laid out for minutes. */
    @Test
    void aPageOverTheGlyphLimitIsRefused() {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            int x = i % 20 * 30;
            int y = i / 20 * 30;
            s.append(i == 0 ? "" : ",").append("[[[").append(x).append(',').append(y).append("],[").append(x + 50).append(',')
                    .append(y).append("],[").append(x + 50).append(',').append(y + 20).append("],[").append(x).append(',')
                    .append(y + 20).append("]],[\"指标\",0.9]]");
        }
        ReadException e = assertThrows(ReadException.class, () -> OcrJsonReader.read(s.append("]").toString(), "scan.json", null,
                dev.zhibiao.read.Limits.defaults().withGlyphsPerPage(500)));
        assertTrue(e.getMessage().contains("600 words") && e.getMessage().contains("glyphsPerPage"), e.getMessage());
    }

    /** A box of no size or beyond any page still brings its text to the rows. */
    @Test
    void degenerateBoxesKeepTheirText() throws ReadException {
        String json = "[[[[0,0],[0,0],[0,0],[0,0]],[\"一级指标\",0.9]],[[[5,100],[1e30,100],[1e30,1e30],[5,1e30]],[\"项目名称\",0.9]]]";
        String rows = OcrJsonReader.read(json, "scan.json", null, dev.zhibiao.read.Limits.defaults()).rows().toString();
        assertTrue(rows.contains("一级指标") && rows.contains("项目名称"), rows);
    }

    @Test
    void jsonWithoutBoxedTextIsRefusedWithWhy() {
        ReadException e = assertThrows(ReadException.class,
                () -> OcrJsonReader.read("{\"words_result\":[{\"words\":\"项目名称\"}]}", "scan.json", null, dev.zhibiao.read.Limits.defaults()));
        assertTrue(e.getMessage().contains("no item pairs a text with a box"), e.getMessage());
        ReadException bad = assertThrows(ReadException.class,
                () -> OcrJsonReader.read("{\"words_result\":[{\"words\":", "scan.json", null, dev.zhibiao.read.Limits.defaults()));
        assertTrue(bad.getMessage().contains("not JSON") && bad.getMessage().contains("offset"), bad.getMessage());
    }
}
