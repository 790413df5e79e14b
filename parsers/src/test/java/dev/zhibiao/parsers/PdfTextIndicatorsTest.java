package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.parsers.PdfTextReader.Kind;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator rows rebuilt from pieces (disclosures7). */
class PdfTextIndicatorsTest {

    private static Piece text(String t) {
        return new Piece(t, 1, Kind.TEXT);
    }

    private static Piece label(String t) {
        return new Piece(t, 1, Kind.LABEL);
    }

    private static Piece value(String t) {
        return new Piece(t, 1, Kind.VALUE);
    }

    private static List<String> pairs(List<Piece> pieces) {
        PdfTextIndicators.Indicators ind = new PdfTextIndicators.Indicators(new ArrayList<>(pieces), false);
        ind.paragraphs = true;
        ind.parse();
        return ind.rows.stream().map(r -> r.left.name.text() + "=" + (r.left.value == null ? "" : r.left.value.text())).toList();
    }

    @Test
    void valuesPrintedAfterTheLastLabelsGoToTheNamesPrintedAloneInOrder() {
        List<Piece> in = List.of(label("产出指标"), label("数量指标"), text("医疗救助对象人次规模"), label("效益指标"),
                label("社会效益指标"), text("困难群众看病就医方便程度"), label("满意度指标"), label("服务对象满意度指标"),
                text("政策知晓率"), label("产出指标"), text("符合救助条件的对象按规定纳入救助范围"), text("明显提高"),
                value("≥80.00(%)"));
        assertEquals(List.of("医疗救助对象人次规模=符合救助条件的对象按规定纳入救助范围", "困难群众看病就医方便程度=明显提高",
                "政策知晓率=≥80.00(%)"), pairs(in));
    }

    @Test
    void moreOrFewerValuesThanNamesAloneLeaveTheRowsAsRead() {
        List<Piece> in = List.of(label("数量指标"), text("医疗救助对象人次规模"), label("效益指标"), text("政策知晓率"),
                value("≥80.00(%)"), label("满意度指标"), text("满意度"), label("产出指标"), text("有所提高"), value("≥90.00(%)"),
                value("≥95.00(%)"));
        // two names alone (政策知晓率 has its value) for three pieces after the labels: not zipped
        List<String> rows = pairs(in);
        assertEquals("政策知晓率=≥80.00(%)", rows.get(1));
        assertEquals(false, rows.contains("医疗救助对象人次规模=有所提高"), rows.toString());
    }

    @Test
    void aLevelTwoLabelPrintedBeforeItsLevelOneIsStillTheLevelTwo() {
        // plain pdftotext prints 质量指标 (the middle of its merged cell) above 产出指标 (diag7 d4)
        List<Piece> in = List.of(label("产出指标"), label("数量指标"), text("参保人数(人)"), value("≥24.8万人"),
                label("质量指标"), label("产出指标"), text("重复参保人数(人)"), value("0"));
        PdfTextIndicators.Indicators ind = new PdfTextIndicators.Indicators(new ArrayList<>(in), false);
        ind.paragraphs = true;
        ind.parse();
        ind.placeApartLabels();
        PdfTextIndicators.Copy second = ind.rows.get(1).left;
        assertEquals("产出指标", second.l1.text());
        assertEquals("质量指标", second.l2.text());
    }

    @Test
    void shortWordedValuesPrintedTogetherAfterLongNamesGoToThemInOrder() {
        // fresh5 d1, plain pdftotext: the narrow 指标值 column's cells printed after the names and labels
        List<Piece> in = List.of(label("时效指标"), text("“一站式”即时结算覆盖地区"), text("医疗救助对象覆盖范围"),
                label("社会效益指标"), label("效益指标"), text("困难群众看病就医方便程度"), text("不低于上年"), text("逐步扩大"),
                text("明显提高"), label("可持续影响指标"), text("对健全医疗保障制度体系的作用"), text("成效明显"));
        assertEquals(List.of("“一站式”即时结算覆盖地区=不低于上年", "医疗救助对象覆盖范围=逐步扩大", "困难群众看病就医方便程度=明显提高",
                "对健全医疗保障制度体系的作用=成效明显"), pairs(in));
        // a short name among the short texts (政策知晓率 then its value) is not a column of values
        List<Piece> alternating = List.of(text("困难群众看病就医方便程度"), text("明显提高"), text("政策知晓率"), value("≥80%"));
        assertEquals(List.of("困难群众看病就医方便程度=明显提高", "政策知晓率=≥80%"), pairs(alternating));
    }

    @Test
    void theRestOfANumberCutInItsDecimalsPrintedAfterTheNamesGoesBackToItsHead() {
        // fresh11 d6, plain pdftotext: ≥70.0 … 0(%) parted by the names after it and a page break; with the
        // rest back on its head the short worded values printed together go to the names in order
        List<Piece> in = List.of(text("重点对象住院政策范围内个人自负"), value("≥70.0"), label("时效指标"),
                text("“一站式”即时结算覆盖地区"), text("医疗救助对象覆盖范围"), label("社会效益指标"), label("效益指标"),
                text("困难群众看病就医方便程度"), text("对健全社会救助体系的影响"), value("0(%)"), text("不低于上年"),
                text("逐步扩大"), text("明显提高"), text("成效明显"), label("可持续影响指标"));
        assertEquals(List.of("重点对象住院政策范围内个人自负=≥70.00(%)", "“一站式”即时结算覆盖地区=不低于上年",
                "医疗救助对象覆盖范围=逐步扩大", "困难群众看病就医方便程度=明显提高", "对健全社会救助体系的影响=成效明显"), pairs(in));
    }

    @Test
    void onlyABracketedRestAfterAValueEndingInItsDecimalsIsJoined() {
        // a lone 0 is a real value (重复参保人数 0); a value with its unit is whole
        List<Piece> lone = new ArrayList<>(List.of(text("参保率"), value("≥90.0"), text("重复参保人数(人)"), value("0")));
        assertEquals(0, PdfTextPairing.rejoinDecimalTails(lone));
        List<Piece> whole = new ArrayList<>(List.of(text("参保率"), value("≥90.00(%)"), text("报销比例"), value("5(%)")));
        assertEquals(0, PdfTextPairing.rejoinDecimalTails(whole));
        List<Piece> cut = new ArrayList<>(List.of(text("参保率"), value("≥90."), text("报销比例"), value("00(%)")));
        assertEquals(1, PdfTextPairing.rejoinDecimalTails(cut));
        assertEquals("≥90.00(%)", cut.get(1).text());
        assertEquals(3, cut.size());
    }

    @Test
    void aNameWhoseValueWasCutOverTwoLinesTakesItsFullLineAfterTheValueAndItsLastLine() {
        // the value's cut means the row is two lines or more: the equally wide line after it and the last,
        // shorter line before the next label are the name's (fresh11 d6)
        List<Piece> in = new ArrayList<>(List.of(text("重点对象住院政策范围内个人自负"), value("≥70.0"),
                text("医疗费用大病保险起付线以上部分"), text("年度限额内救助比例"), label("时效指标"), text("医疗救助对象覆盖范围"),
                value("0(%)")));
        assertEquals(1, PdfTextPairing.rejoinDecimalTails(in));
        assertEquals(List.of("重点对象住院政策范围内个人自负医疗费用大病保险起付线以上部分年度限额内救助比例", "≥70.00(%)", "时效指标",
                "医疗救助对象覆盖范围"), in.stream().map(Piece::text).toList());
        // a narrower text after the value, then more text: the next rows' names, left as they are
        List<Piece> next = new ArrayList<>(List.of(text("重点对象住院政策范围内个人自负"), value("≥70.0"), text("政策知晓率"),
                text("工作满意度"), value("0(%)")));
        PdfTextPairing.rejoinDecimalTails(next);
        assertEquals(List.of("重点对象住院政策范围内个人自负", "≥70.00(%)", "政策知晓率", "工作满意度"),
                next.stream().map(Piece::text).toList());
    }

    private static List<String> labelled(List<Piece> pieces) {
        PdfTextIndicators.Indicators ind = new PdfTextIndicators.Indicators(new ArrayList<>(pieces), false);
        ind.paragraphs = true;
        ind.parse();
        ind.placeApartLabels();
        return ind.rows.stream().map(r -> (r.left.l2 == null ? "" : r.left.l2.text()) + "|" + r.left.name.text()).toList();
    }

    @Test
    void theFirstOfTheLevelTwoLabelsPrintedBeforeTheFirstRowIsItsOwn() {
        // plain15: 产出指标 / 数量指标 / 质量指标 printed together above the body (fresh12 d1): the first row is
        // the top of the 二级 column, 质量指标 labels later rows; a row printing 时效指标 closes them
        List<Piece> in = List.of(label("产出指标"), label("数量指标"), label("质量指标"), text("参保人数(人)"), value("≥17万人"),
                text("基本医保综合参保率(%)"), value("≥89.60(%)"), text("住院费用报销比例"), value("≥73.00(%)"), label("时效指标"),
                text("补助资金到位率"), value("=100.00(%)"), text("资金下达及时率"), value("=100.00(%)"));
        List<String> rows = labelled(in);
        assertEquals("数量指标|参保人数(人)", rows.get(0));
        assertEquals("质量指标|基本医保综合参保率(%)", rows.get(1));
        assertEquals("质量指标|住院费用报销比例", rows.get(2));
        assertEquals("时效指标|补助资金到位率", rows.get(3));
        assertEquals(5, rows.size());
    }

    private static PdfTextIndicators.IndRow due() {
        PdfTextIndicators.IndRow due = new PdfTextIndicators.IndRow();
        due.left.name = text("资金拨付时间");
        due.left.value = value("12 月底");
        return due;
    }

    @Test
    void aValueOfBoundsPerGroupIsAQuantityAndAMonthCountNoDeadline() {
        // plain23 (a generated disclosure's fiscal sheet, seed 823101 d1): 数量指标 / 质量指标 printed before the first
        // row, 时效指标 / 成本指标 after the eleventh. 成年人≤192.59%; 大中小学生、儿童≤260% names a group before each bound
        // (an amount per group: 数量, not a rate's percent), 可支配月数(月) | 6-9 个月 counts months (not a deadline)
        String[][] spec = {{"L", "产出指标"}, {"L", "数量指标"}, {"L", "质量指标"}, {"T", "参保人数(人)"}, {"V", "≥110 万人"},
            {"T", "各级财政实际补助标准(元)"}, {"V", "≥520 元"}, {"T", "参保居民个人实际缴费标准(元)"},
            {"V", "成年人≥270 元; 大中小学生、儿童≥200 元"}, {"T", "财政补助与个人缴费比值"},
            {"V", "成年人≤192.59%; 大中小学生、儿童≤260%"}, {"T", "以户籍人口数为基数计算的基本医保综合参保率(%)"},
            {"V", "≥90.00(%)"}, {"T", "以常住人口数为基数计算的基本参保综合参保率(%)"}, {"V", "≥95.00(%)"},
            {"T", "重复参保人数(人)"}, {"V", "0"}, {"T", "虚报参保人数(人)"}, {"V", "0"}, {"T", "参保人政策范围内住院费用报销比例"},
            {"V", "≥70.00(%)"}, {"T", "参保人住院费用实际报销比例"}, {"V", "≥55.00(%)"},
            {"T", "实行按病种(组)、按人头付费等支付方式改革"}, {"T", "逐步推开"}, {"L", "时效指标"}, {"L", "成本指标"},
            {"T", "基金滚存结余可支配月数(月)"}, {"V", "6-9 个月"}, {"T", "开展门诊统筹, 实行个人账户的, 向门诊统筹过渡"},
            {"T", "普遍开展"}, {"T", "2019 年 12 月 31 日前中央财政补助资金到位率"}, {"V", "=100.00(%)"},
            {"T", "2019 年 12 月 31 日前省级财政补助资金到位率"}, {"V", "=100.00(%)"},
            {"T", "2019 年 12 月 31 日前地方财政补助资金到位率"}, {"V", "=100.00(%)"}, {"T", "中央财政补助资金人均补助标准"},
            {"V", "312 元"}, {"T", "省级财政补助资金人均补助标准"}, {"V", "124.8 元"}, {"T", "地方财政补助资金人均补助标准"},
            {"V", "83.2 元"}};
        List<Piece> in = new ArrayList<>();
        for (int i = 0; i < spec.length; i++) {
            Kind k = spec[i][0].equals("L") ? Kind.LABEL : spec[i][0].equals("V") ? Kind.VALUE : Kind.TEXT;
            in.add(new Piece(spec[i][1], 10 + i, k));
        }
        List<String> rows = labelled(in);
        assertEquals(19, rows.size(), rows.toString());
        assertEquals("数量指标|财政补助与个人缴费比值", rows.get(3), rows.toString());
        assertEquals("质量指标|以户籍人口数为基数计算的基本医保综合参保率(%)", rows.get(4), rows.toString());
        assertEquals("时效指标|2019 年 12 月 31 日前中央财政补助资金到位率", rows.get(13), rows.toString());
        assertEquals("成本指标|中央财政补助资金人均补助标准", rows.get(16), rows.toString());
        PdfTextIndicators.IndRow ratio = new PdfTextIndicators.IndRow();
        ratio.left.name = text("财政补助与个人缴费比值");
        ratio.left.value = value("成年人≤192.59%; 大中小学生、儿童≤260%");
        assertEquals(true, PdfTextLabelFit.fit("数量指标", ratio) > PdfTextLabelFit.fit("质量指标", ratio));
        PdfTextIndicators.IndRow months = new PdfTextIndicators.IndRow();
        months.left.name = text("基金滚存结余可支配月数(月)");
        months.left.value = value("6-9 个月");
        // (here the 时效指标 printed before it still opens its group there: the print outweighs the fit)
        assertEquals(0.0, PdfTextLabelFit.fit("时效指标", months));
        assertEquals(true, PdfTextLabelFit.fit("时效指标", due()) > 0);
    }

    @Test
    void labelsPrintedApartAreTakenInPrintOrder() {
        // plain15: the labels found between names and their values (社会效益指标, taken by the pairing first)
        // come after the labels printed above the first row in the column; they are filled in print order
        String[][] spec = {{"L", "产出指标"}, {"L", "数量指标"}, {"L", "质量指标"}, {"T", "参保人数(人)"}, {"V", "≥17万人"},
            {"T", "参保人住院费用实际报销比例"}, {"T", "以户籍人口数为基数计算的基本医保综合参保率"}, {"L", "效益指标"},
            {"L", "社会效益指标"}, {"V", "≥51.00(%)"}, {"V", "≥89.60(%)"}, {"T", "困难群众看病就医方便程度"}, {"T", "明显提高"}};
        List<Piece> in = new ArrayList<>();
        for (int i = 0; i < spec.length; i++) {
            Kind k = spec[i][0].equals("L") ? Kind.LABEL : spec[i][0].equals("V") ? Kind.VALUE : Kind.TEXT;
            in.add(new Piece(spec[i][1], 10 + i, k));
        }
        List<String> rows = labelled(in);
        assertEquals(List.of("数量指标|参保人数(人)", "质量指标|参保人住院费用实际报销比例", "质量指标|以户籍人口数为基数计算的基本医保综合参保率",
                "社会效益指标|困难群众看病就医方便程度"), rows);
    }

    @Test
    void namesPrintedTogetherTakeAWordedValueThenNumbersAfterTheLabelsBetween() {
        // plain15 (fresh7 d1): 对健全…的作用 / 政策知晓率 / 满意度指标 / 成效明显 / ≥80.00(%) / 服务对象满意度指标 / 工作满意度 …
        List<Piece> in = List.of(label("效益指标"), label("可持续影响指标"), text("对健全医疗保障制度体系的作用"), text("政策知晓率"),
                label("满意度指标"), text("成效明显"), value("≥80.00(%)"), label("服务对象满意度指标"), text("工作满意度"),
                value("≥85.00(%)"));
        assertEquals(List.of("对健全医疗保障制度体系的作用=成效明显", "政策知晓率=≥80.00(%)", "工作满意度=≥85.00(%)"), pairs(in));
        // a worded text among the names (有效缓解) is a value already: not zipped this way
        List<Piece> other = List.of(text("对健全医疗保障制度体系的作用"), text("有效缓解"), label("满意度指标"), text("成效明显"),
                value("≥80.00(%)"), label("服务对象满意度指标"));
        assertEquals("对健全医疗保障制度体系的作用=有效缓解", pairs(other).get(0));
    }
    @Test
    void everyLevelTwoLabelPrintedLabelsSomeRow() {
        // plain16 (fresh16 d3): 社会效益指标 (the middle of two rows) and 服务对象满意度指标 (the last row's) are printed
        // stacked before the last row; filling the labels apart gave 质量指标 to every row above and left the
        // satisfaction label on no row. Each printed level-2 label is a merged cell over one row or more, so the
        // column is read as a whole: the labels in order, each over a run of rows chosen by fit.
        String[][] spec = {{"L", "产出指标"}, {"L", "质量指标"}, {"T", "医保信息系统验收合格率"}, {"V", "≥90.00(%)"},
            {"T", "医保信息系统正常运行率"}, {"T", "医保信息系统重大安全事件响应时间"}, {"L", "效益指标"}, {"L", "满意度指标"},
            {"V", "≥90.00(%)"}, {"V", "≤60分钟"}, {"T", "定点医药机构监督检查覆盖率"}, {"V", "=100.00(%)"},
            {"T", "参保群众政策知晓率"}, {"T", "普遍知晓"}, {"T", "异地就医直接结算率"}, {"T", "有所提高"},
            {"L", "社会效益指标"}, {"L", "服务对象满意度指标"}, {"T", "参保人员对医保服务的满意度(%)"}, {"V", "≥90.00(%)"}};
        List<Piece> in = new ArrayList<>();
        for (int i = 0; i < spec.length; i++) {
            Kind k = spec[i][0].equals("L") ? Kind.LABEL : spec[i][0].equals("V") ? Kind.VALUE : Kind.TEXT;
            in.add(new Piece(spec[i][1], 10 + i, k));
        }
        List<String> rows = labelled(in);
        assertEquals(List.of("质量指标|医保信息系统验收合格率", "质量指标|医保信息系统正常运行率", "质量指标|医保信息系统重大安全事件响应时间",
                "质量指标|定点医药机构监督检查覆盖率", "社会效益指标|参保群众政策知晓率", "社会效益指标|异地就医直接结算率",
                "服务对象满意度指标|参保人员对医保服务的满意度(%)"), rows);
    }
    @Test
    void aRateDueByADateSuitsTimelinessAndAWordedRateSuitsAnEffect() {
        // plain16: 2019年12月31日前中央财政补助资金到位率 =100.00(%) is a 时效 row (fresh15 d4, fresh11);
        // 参保群众政策知晓率 普遍知晓 a 社会效益 one (fresh16 d3)
        PdfTextIndicators.IndRow due = new PdfTextIndicators.IndRow();
        due.left.name = text("2019年12月31日前中央财政补助资金到位率");
        due.left.value = value("=100.00(%)");
        assertEquals(true, PdfTextLabelFit.fit("时效指标", due) > PdfTextLabelFit.fit("质量指标", due));
        assertEquals(false, PdfTextLabelFit.deadline("医保信息系统验收合格率"));
        PdfTextIndicators.IndRow worded = new PdfTextIndicators.IndRow();
        worded.left.name = text("参保群众政策知晓率");
        worded.left.value = text("普遍知晓");
        assertEquals(true, PdfTextLabelFit.fit("社会效益指标", worded) > PdfTextLabelFit.fit("质量指标", worded));
    }
    @Test
    void aRowBetweenRowsPrintingTheirOwnLabelsTakesOneOfThemNotAnEarlierGroup() {
        // plain16 (fresh15 d3): 政策知晓率 lies between a row printing 可持续影响指标 and one printing 服务对象满意度指标;
        // filling the labels apart gave it 社会效益指标 (out of the framework's order): the column is read whole
        String[][] spec = {{"L", "产出指标"}, {"L", "数量指标"}, {"L", "质量指标"}, {"T", "重特大疾病医疗救助人次占直接救助人次比例"},
            {"V", "≥28.00(%)"}, {"T", "重点对象住院年度限额内救助比例"}, {"V", "≥70.00(%)"}, {"L", "社会效益指标"}, {"L", "效益指标"},
            {"T", "困难群众看病就医方便程度"}, {"T", "明显提高"}, {"T", "困难群众医疗费用负担减轻程度"}, {"T", "有效缓解"},
            {"T", "对健全社会救助体系的影响"}, {"T", "成效明显"}, {"L", "可持续影响指标"}, {"T", "对健全医疗保障制度体系的作用"},
            {"T", "成效明显"}, {"T", "政策知晓率"}, {"V", "≥80.00(%)"}, {"L", "服务对象满意度指标"}, {"T", "工作满意度"},
            {"V", "≥85.00(%)"}};
        List<Piece> in = new ArrayList<>();
        for (int i = 0; i < spec.length; i++) {
            Kind k = spec[i][0].equals("L") ? Kind.LABEL : spec[i][0].equals("V") ? Kind.VALUE : Kind.TEXT;
            in.add(new Piece(spec[i][1], 10 + i, k));
        }
        List<String> rows = labelled(in);
        assertEquals(8, rows.size(), rows.toString());
        assertEquals("社会效益指标|困难群众医疗费用负担减轻程度", rows.get(3));
        assertEquals("可持续影响指标|对健全社会救助体系的影响", rows.get(4));
        assertEquals("可持续影响指标|对健全医疗保障制度体系的作用", rows.get(5));
        // the print cannot say whether 政策知晓率 closes the 可持续影响 cell or opens the satisfaction one: either, not 社会效益
        assertEquals(true, rows.get(6).startsWith("可持续影响指标|") || rows.get(6).startsWith("服务对象满意度指标|"), rows.toString());
        assertEquals("服务对象满意度指标|工作满意度", rows.get(7));
    }
    @Test
    void theNameColumnPrintedWholeBeforeTheValueHeadingTakesTheValuesAfterItInOrder() {
        // plain16 (fresh7 d1, 24 sheets of the tuning sets): 三级指标 / four names / 指标值 / four values
        List<Piece> body = new ArrayList<>(List.of(label("成本指标"), label("社会成本指标"), text("对健全医疗保障制度体系的影响"),
                text("医疗救助对象人次规模"), text("重点救助对象自负费用年度限额内住院救助比例"), text("城市内一站式即时结算覆盖地区"),
                text("成效明显"), text("符合救助条件的对象按规定纳入救助范围"), value("≥70.00(%)"), text("不低于上年"),
                label("效益指标")));
        List<Piece> out = PdfTextPairing.columnsPrintedWhole(body, 2, 6);
        assertEquals(List.of("成本指标", "社会成本指标", "对健全医疗保障制度体系的影响", "成效明显", "医疗救助对象人次规模",
                "符合救助条件的对象按规定纳入救助范围", "重点救助对象自负费用年度限额内住院救助比例", "≥70.00(%)", "城市内一站式即时结算覆盖地区",
                "不低于上年", "效益指标"), out.stream().map(Piece::text).toList());
        // a value among the pieces before 指标值: the rows were printed in turn, left as they are
        List<Piece> inTurn = new ArrayList<>(List.of(text("参保人数(人)"), value("≥17万人"), text("住院费用报销比例"), value("≥73.00(%)")));
        assertEquals(inTurn, PdfTextPairing.columnsPrintedWhole(inTurn, 0, 3));
    }
    @Test
    void aNamesLastLineAfterTheLabelsPrintedInsideItGoesBackToTheName() {
        // plain16 (fresh d1): 医保信息系统重大安全事件响应 / 质量指标 / 效益指标 / 社会效益指标 / 时间 / ≤60 分钟
        List<Piece> in = new ArrayList<>(List.of(text("医保信息系统重大安全事件响应"), label("质量指标"), label("效益指标"),
                label("社会效益指标"), text("时间"), value("≤60 分钟"), text("定点医药机构监督检查覆盖率"), value("=100.00(%)")));
        assertEquals(1, PdfTextPairing.rejoinNameEndsAfterLabels(in));
        assertEquals(List.of("医保信息系统重大安全事件响应时间", "≤60 分钟", "质量指标", "效益指标", "社会效益指标", "定点医药机构监督检查覆盖率",
                "=100.00(%)"), in.stream().map(Piece::text).toList());
        // a short name with its own value after a row's worded value: not a name's end
        List<Piece> other = new ArrayList<>(List.of(text("参保群众政策知晓率普遍"), label("满意度指标"), text("满意度"), text("有所提高")));
        assertEquals(0, PdfTextPairing.rejoinNameEndsAfterLabels(other));
    }
}
