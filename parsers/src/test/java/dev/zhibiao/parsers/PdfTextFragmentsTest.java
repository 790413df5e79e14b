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

    /** Lines of one paragraph each ({@code |} separates paragraphs). */
    private static List<PdfTextReader.Line> lines(String... texts) {
        List<PdfTextReader.Line> in = new ArrayList<>();
        int block = 0;
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].equals("|")) {
                block++;
                continue;
            }
            in.add(new PdfTextReader.Line(i + 1, texts[i], block));
        }
        return in;
    }

    private static List<String> texts(List<PdfTextReader.Line> in) {
        return in.stream().map(PdfTextReader.Line::text).toList();
    }

    @Test
    void aValueInsideAWrappedNameIsMovedAfterItWhenTheNextRowFollowsInTheSameParagraph() {
        List<PdfTextReader.Line> out = PdfTextLineRepairs.valueInsideName(lines("以户籍人口数为基数计算的基本医", "≥90.00(%)",
                "保综合参保率(%)", "以常住人口数为基数计算的基本参", "≥90.00(%)", "保综合参保率(%)"));
        assertEquals(List.of("以户籍人口数为基数计算的基本医", "保综合参保率(%)", "≥90.00(%)", "以常住人口数为基数计算的基本参",
                "保综合参保率(%)", "≥90.00(%)"), texts(out));
        // the name may start with a date, and a category label may follow in the paragraph
        out = PdfTextLineRepairs.valueInsideName(lines("2019 年 12 月 31 日前中央财政补助", "=100.00(%)", "资金到位率", "时效指标"));
        assertEquals(List.of("2019 年 12 月 31 日前中央财政补助", "资金到位率", "=100.00(%)", "时效指标"), texts(out));
        // three wrapped lines of one name followed by text, no value after: unchanged
        List<PdfTextReader.Line> in = lines("以户籍人口数为基数计算的基本医", "≥90.00(%)", "保综合参保率(%)", "另一段文字");
        assertEquals(texts(in), texts(PdfTextLineRepairs.valueInsideName(in)));
    }

    @Test
    void aShortWordedValueInsideAFullNameIsMovedAfterItsRestWhenTheParagraphGoesOnWithTheNextName() {
        // diag7 d4: the name's first line is its paragraph's widest (it wraps), 逐步推开 is centred beside
        // both lines, 付方式改革 is the rest, and the next row's name follows in the same paragraph
        List<PdfTextReader.Line> out = PdfTextLineRepairs.valueInsideName(lines("实行按病种(组)、按人头付费等支", "逐步推开",
                "付方式改革", "基金滚存结余可支配月数(月)"));
        assertEquals(List.of("实行按病种(组)、按人头付费等支", "付方式改革", "逐步推开", "基金滚存结余可支配月数(月)"), texts(out));
        // a first line narrower than the paragraph's widest is a whole name: its value and the next short name stay
        List<PdfTextReader.Line> in = lines("参保人住院费用报销比例", "逐步推开", "政策知晓率", "基金滚存结余可支配月数(月)以上");
        assertEquals(texts(in), texts(PdfTextLineRepairs.valueInsideName(in)));
    }

    @Test
    void aWordedValueBesideAOneLineNameIsItsOwnCell() {
        List<PdfTextReader.Line> out = PdfTextLineRepairs.valueAfterNameStart(lines("对健全医疗保障制度体系的影响 成效明显", "|",
                "城市内一站式即时结算覆盖地区 不低于上年"));
        assertEquals(List.of("对健全医疗保障制度体系的影响", "成效明显", "城市内一站式即时结算覆盖地区", "不低于上年"), texts(out));
        assertTrue(out.get(1).block() != out.get(0).block());
        // a name with a Latin word, a label, or a short first part keeps its space
        assertFalse(PdfTextLineRepairs.valueBesideName("推行医保支付方式改革和", "DRG"));
        assertFalse(PdfTextLineRepairs.valueBesideName("服务对象满意度指标", "政策知晓率"));
        assertFalse(PdfTextLineRepairs.valueBesideName("政策", "知晓率"));
    }

    @Test
    void aCategoryLabelUnderAWrappedNameIsNoPartOfIt() {
        // 推行…和 DRG / 试点 / 时效指标: DRG is the name's, not a value printed at its first line
        List<PdfTextReader.Line> in = lines("推行医保支付方式改革和 DRG", "试点", "时效指标");
        assertEquals(texts(in), texts(PdfTextLineRepairs.valueAfterNameStart(in)));
        // a name going on over two more lines keeps the old rule: the short cell after the space is moved
        List<PdfTextReader.Line> out = PdfTextLineRepairs.valueAfterNameStart(lines("对健全离休干部医 成效明显", "疗保障制度体系的", "作用"));
        assertEquals(List.of("对健全离休干部医", "疗保障制度体系的", "作用", "成效明显"), texts(out));
    }

    @Test
    void aNameWrappedOverThreeLinesAroundItsCutValueIsOneRow() {
        List<String> out = PdfTextFragments.joinInTurn(paragraphs("重点对象住院政策范围内个人自负", "≥70.0", "医疗费用大病保险起付线以上部分",
                "0(%)", "年度限额内救助比例", "时效指标")).stream().map(PdfTextReader.Frag::text).toList();
        assertEquals(List.of("重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例", "≥70.00(%)", "时效指标"), out);
        // without a label after it, the text after the value is the next row's name
        out = PdfTextFragments.joinInTurn(paragraphs("重点对象住院政策范围内个人自负", "≥70.0", "医疗费用大病保险起付线以上部分",
                "0(%)", "政策知晓率", "≥80%")).stream().map(PdfTextReader.Frag::text).toList();
        assertEquals("政策知晓率", out.get(2));
    }

    @Test
    void aNarrowColumnWrapsAtOneCharacterShorter() {
        List<PdfTextReader.Frag> in = List.of(new PdfTextReader.Frag("不低于", 1, 0, true, true),
                new PdfTextReader.Frag("上年", 2, 0, true, true), new PdfTextReader.Frag("逐步扩", 3, 0, true, true),
                new PdfTextReader.Frag("大", 4, 0, true, true));
        assertEquals(List.of("不低于上年", "逐步扩大"), PdfTextFragments.pieces(in, true).stream().map(PdfTextReader.Piece::text).toList());
    }

    /** Frags of one paragraph: each text a line, a text with {@code ␣|␣} two frags of one line. */
    private static List<PdfTextReader.Frag> oneParagraph(String... texts) {
        List<PdfTextReader.Frag> in = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String[] parts = texts[i].split(" \\| ");
            for (int p = 0; p < parts.length; p++) {
                in.add(new PdfTextReader.Frag(parts[p], i + 1, 0, p == 0, p == parts.length - 1));
            }
        }
        return in;
    }

    @Test
    void aNameAndItsValueOnOneLineAreTwoCells() {
        // plain15: LibreOffice 7.4.7's print, pdftotext prints the value after the name's first line
        assertEquals(List.of("重特大疾病医疗救助人次占直接救助人", "≥28.00("),
                List.of(PdfTextFragments.splitNameValue(new String[] {"重特大疾病医疗救助人次占直接救助人 ≥28.00("})));
        assertEquals(List.of("医保信息系统重大安全事件响应时间", "≤60 分钟"),
                List.of(PdfTextFragments.splitNameValue(new String[] {"医保信息系统重大安全事件响应时间 ≤60 分钟"})));
        // a short first part, a label, or a name ending in a comparison word keeps its line
        assertEquals(1, PdfTextFragments.splitNameValue(new String[] {"知晓率 ≥90%"}).length);
        assertEquals(1, PdfTextFragments.splitNameValue(new String[] {"服务对象满意度指标 ≥90%"}).length);
        assertEquals(1, PdfTextFragments.splitNameValue(new String[] {"年度救助人次不低于 ≥ 3"}).length);
    }

    @Test
    void aValueCutAtItsBracketThenTheNameRestIsOneRow() {
        // 重特大…占直接救助人 ≥28.00( / %) / 次比例: the value's rest printed before the name's
        List<String> out = PdfTextFragments.joinRestAfterValue(oneParagraph("重特大疾病医疗救助人次占直接救助人 | ≥28.00(", "%)", "次比例"))
                .stream().map(PdfTextReader.Frag::text).toList();
        assertEquals(List.of("重特大疾病医疗救助人次占直接救助人次比例", "≥28.00(%)"), out);
        // the name's three lines around the value's two (≥70.00( / %)), a label after
        out = PdfTextFragments.joinInTurn(paragraphs("重点对象住院政策范围内个人自负医疗", "≥70.00(", "费用大病保险起付线以上部分年度限额",
                "%)", "内救助比例", "时效指标")).stream().map(PdfTextReader.Frag::text).toList();
        assertEquals(List.of("重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例", "≥70.00(%)", "时效指标"), out);
        // a whole value followed by the next name is no cut value: two rows stay
        assertEquals(3, PdfTextFragments.joinRestAfterValue(oneParagraph("医保信息系统重大安全事件响应时间 | ≤60 分钟",
                "定点医药机构监督检查覆盖率")).size());
    }

    @Test
    void aValueThatNamesItsGroupBeforeItsBoundIsAValueAndItsListWraps() {
        // plain15: 参保居民个人实际缴费标准 / 成年人≥270 元; 大中小学 / (元) / 生、儿童≥200 元
        assertTrue(PdfTextFragments.isValue("成年人≥270 元; 大中小学"));
        assertTrue(PdfTextFragments.continuesValue("成年人≥270 元; 大中小学", "生、儿童≥200 元"));
        assertTrue(PdfTextFragments.continuesValue("成年人≥270 元; 大中小学生、", "儿童≥200 元"));
        // a whole item is not continued by the next value; a name is no value
        assertFalse(PdfTextFragments.continuesValue("成年人≥270 元", "儿童≥200 元"));
        // plain35: the list wrapped between the last group's name and its bound (成年人≥270元; 大中小学生、儿童 / ≥200元)
        assertTrue(PdfTextFragments.boundAfterGroup("成年人≥270元; 大中小学生、儿童", "≥200元"));
        assertTrue(PdfTextFragments.boundAfterGroup("成年人≤192.59%; 儿童", "≤260%"));
        // a whole list, or a bound that ends its item, is not continued by the next row's value
        assertFalse(PdfTextFragments.boundAfterGroup("成年人≥270元; 儿童≥200元", "≥95%"));
        assertFalse(PdfTextFragments.boundAfterGroup("成年人≥270元", "≥200元"));
        assertFalse(PdfTextFragments.boundAfterGroup("成年人≥270元; 大中小学生、儿童", "≥200元的补助标准"));
        // a value's parts printed around a name's rest are asked by continuesValue alone (joinInTurn)
        assertFalse(PdfTextFragments.continuesValue("成年人≤192.59%; 大中", "≥60.00(%)"));
        assertFalse(PdfTextFragments.isValue("参保居民个人实际缴费标准(元)"));
        List<String> out = PdfTextFragments.joinInTurn(paragraphs("参保居民个人实际缴费标准", "成年人≥270 元; 大中小学", "(元)",
                "生、儿童≥200 元", "财政补助与个人缴费比值")).stream().map(PdfTextReader.Frag::text).toList();
        assertEquals(List.of("参保居民个人实际缴费标准(元)", "成年人≥270 元; 大中小学生、儿童≥200 元", "财政补助与个人缴费比值"), out);
    }

    @Test
    void aListCutInsideAGroupsNameAroundANamesRestTakesNoNextValue() {
        // disclosures-fresh d1 (LibreOffice): names, then their values, the list's two lines around a name's rest
        List<String> out = PdfTextFragments.joinInTurn(oneParagraph("以常住人口数为基数计算的基", "本参保综合参保率(%)",
                "成年人≤192.59%; 大中", "学生、儿童≤260%", "≥60.00(%)", "≥100.00(%)")).stream().map(PdfTextReader.Frag::text).toList();
        assertEquals(List.of("以常住人口数为基数计算的基", "本参保综合参保率(%)", "成年人≤192.59%; 大中", "学生、儿童≤260%", "≥60.00(%)",
                "≥100.00(%)"), out);
    }

    @Test
    void aListOfGroupBoundsWrappedBeforeItsLastBoundIsOneValue() {
        // plain35 (Chromium's plain prints): 成年人≥270元; 大中小学生、儿童 / ≥200元, the bound on a line of its own
        List<PdfTextReader.Piece> out = PdfTextFragments.pieces(oneParagraph("参保居民个人实际缴费标准(元)",
                "成年人≥270元; 大中小学生、儿童", "≥200元", "财政补助与个人缴费比值", "≤260%"));
        assertEquals(List.of("参保居民个人实际缴费标准(元)", "成年人≥270元; 大中小学生、儿童≥200元", "财政补助与个人缴费比值", "≤260%"),
                out.stream().map(PdfTextReader.Piece::text).toList());
    }
}
