package dev.zhibiao.parsers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two goal columns side by side (项目总目标 | 年度总体目标) printed interleaved by plain pdftotext ({@link PdfTextGoalColumns}). */
class PdfTextGoalColumnsTest {

    /**
     * A generated disclosure's sheet page as plain pdftotext prints it (corpus disclosures/d7, seed 17): the two goal
     * columns' lines interleave, and lines at the same height are printed as one line
     * ({@code …进一步夯实技术基 1、进一步推进医保信息化建设…}).
     */
    static final String PAGE = """
            第四部分 项目支出绩效目标申报表
            部门预算项目支出绩效目标表
            （2019 年度）
            项目名称

            医疗服务与保障能力提升补助资金（医疗保障能力建设部分）

            主管部门
            及代码

            [267]南岳区市场监督管理
            实施单位
            局

            南岳区市场监督管理局

            项目属性

            一次性项目

            项目期

            2年

            项目资金总额

            550,000.00

            年度资金申请总额

            550,000.00

            其中：当年财政拨款

            495,000.00

            上年结转资金

            55,000.00

            项目资金
            （元）

            项目总目标

            总体目标

            年度总体目标

            1、进一步推进医保信息化建设，强化网络、信息
            安全、基础设施等方面的建设，进一步夯实技术基 1、进一步推进医保信息化建设，强化网络、信息安
            础，切实保障医保信息系统高效、安全运行，提高 全、基础设施等方面的建设，进一步夯实技术基
            数据采集的质量和速度。
            础，切实保障医保信息系统高效、安全运行，提高
            数据采集的质量和速度。
            2、加强打击欺诈骗保工作力度，切实保障医保基
            金合理有效利用。
            2、加强打击欺诈骗保工作力度，切实保障医保基金
            合理有效利用。
            3、加快推进医保支付方式改革和 DRG 试点工作。
            3、加快推进医保支付方式改革和 DRG 试点工作。
            4、有效提升综合监管、宣传引导、经办服务、人
            才队伍等医疗保障服务能力。
            4、有效提升综合监管、宣传引导、经办服务、人才
            队伍等医疗保障服务能力。
            5、建立健全长效机制，巩固项目实施成效。
            一级指标

            产出指标

            二级指标

            质量指标

            绩效指标

            效益指标

            社会效益指标

            满意度指标

            服务对象满意度指标

            三级指标

            指标值

            医保信息系统验收合格率

            ≥90.00(%)

            医保信息系统正常运行率

            ≥90.00(%)

            医保信息系统重大安全事件响应时
            ≤60 分钟
            间
            定点医药机构监督检查覆盖率

            =100.00(%)

            医保人才培养合格率

            ≥90.00(%)

            参保群众政策知晓率

            普遍知晓

            异地就医直接结算率

            有所提高

            参保人员对医保服务的满意度
            （%）

            ≥90.00(%)

            \f""";

    @Test
    void theInterleavedColumnsAreDealtBack() throws Exception {
        List<Sheet> sheets = Readers.read(PAGE, "d.txt", Format.PDFTOTEXT, Limits.defaults());
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals(List.of("进一步推进医保信息化建设，强化网络、信息安全、基础设施等方面的建设，进一步夯实技术基础，切实保障医保信息系统高效、安全运行，提高数据采集的质量和速度。",
                "加强打击欺诈骗保工作力度，切实保障医保基金合理有效利用。",
                "加快推进医保支付方式改革和DRG试点工作。",
                "有效提升综合监管、宣传引导、经办服务、人才队伍等医疗保障服务能力。"), s.goals().stream().map(PdfTextGoalColumnsTest::plain).toList());
        assertEquals(List.of("进一步推进医保信息化建设，强化网络、信息安全、基础设施等方面的建设，进一步夯实技术基础，切实保障医保信息系统高效、安全运行，提高数据采集的质量和速度。",
                "加强打击欺诈骗保工作力度，切实保障医保基金合理有效利用。",
                "加快推进医保支付方式改革和DRG试点工作。",
                "有效提升综合监管、宣传引导、经办服务、人才队伍等医疗保障服务能力。",
                "建立健全长效机制，巩固项目实施成效。"), s.midTermGoals().stream().map(PdfTextGoalColumnsTest::plain).toList());
        assertTrue(s.diagnostics().stream().anyMatch(d -> d.code().equals("pdftotext-goal-columns")), "the repair is reported");
    }

    @Test
    void aLineOfTwoColumnsIsCutAtTheJoiningSpace() {
        List<PdfTextReader.Line> lines = List.of(
                new PdfTextReader.Line(1, "1、确保困难群众医保有所保障", 0),
                new PdfTextReader.Line(2, "2、建立健全长效机制，巩固项目实 1、确保困难群众医保有所保障", 0),
                new PdfTextReader.Line(3, "施成效。", 0));
        List<List<PdfTextReader.Line>> cols = PdfTextGoalColumns.split(lines);
        assertEquals(List.of("1、确保困难群众医保有所保障", "2、建立健全长效机制，巩固项目实", "施成效。"),
                cols.get(0).stream().map(PdfTextReader.Line::text).toList());
        assertEquals(List.of("1、确保困难群众医保有所保障"), cols.get(1).stream().map(PdfTextReader.Line::text).toList());
    }

    private static String plain(String goal) {
        return goal.replaceAll("\\s+", "");
    }
}
