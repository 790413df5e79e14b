package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Category labels of Chromium's whole-disclosure prints read by {@code pdftotext -layout} (layout35): a table's row
 * spacing measured from blank lines only ({@code LaidOutLabels.Ruler}), a label column that takes no name packed after its
 * wrapped label's first line nor a unit's bracket ({@link LabelColumnCells}), a label's tail on the next page
 * ({@code LaidOutLabels.tailOverPage}). The lines are disclosures-print-t91 d4, -t320 d2 and -t310 d3 as printed
 * ({@code furniture_prints.py}, numbered), the page numbers taken out.
 */
class LaidOutLabelRowsTest {

    /** disclosures-print-t91 d4 (numbered print): a fiscal sheet's table whose last row of a page stands under 时效指标. */
    static final String[] SPACED = {
            "绩效指标    一级指标      二级指标                       三级指标          指标值",
            "",
            "                                                     对符合条件农村贫困",
            "                  数量指标       政策覆盖深度贫困地区农村贫困人口数量",
            "                                                     人口全覆盖",
            "                             明确保障对象范围                出台文件予以明确",
            "                             确定贫困人口定点救助医疗机构",
            "                             建立规范的转诊制度",
            "                             至定点救治医疗机构就诊率            ≥90.00(%)",
            "       产出指标",
            "                  质量指标       农村贫困人口住院及门诊治疗目录外医疗费用",
            "                                                     ≤10.00(%)",
            "                             比例",
            "                                                     在定点救助医疗机构",
            "                             实行按病种（组）付费等支付方式改革",
            "                                                     逐步推进",
            "                             农村贫困人口住院及门诊大病、慢性病和特殊    各地区根据实际情况",
            "                             疾病医疗费用个人自付比例控制在一定水平     确定具体标准",
            "                  时效指标       一站式结算覆盖地区               不低于上年",
            "",
            "",
            "",
            "\f        社会效益指",
            "                农村因病致贫人数           较上年减少",
            "        标",
            "效益指标",
            "        可持续影响",
            "                相关保障政策与政府承受能力相适应   不超过政府承受能力",
            "        指标",
            "        服务对象满",
            "满意度指标           农村贫困患者对保障政策满意度     持续提高",
            "        意度指标",
    };

    /** disclosures-print-t320 d2 (numbered print): a name one space after its wrapped level-2 label, its unit two lines down. */
    static final String[] PACKED = {
            "          一级指标             二级指标               三级指标            指标值",
            "                                        医保信息系统验收合格率      ≥90.00(%)",
            "                                        医保信息系统正常运行率      ≥90.00(%)",
            "                                        医保信息系统重大安全事件响应时",
            "      产出指标          质量指标                                ≤60分钟",
            "                                        间",
            "绩效指",
            "                                        定点医药机构监督检查覆盖率    =100.00(%)",
            "标",
            "                                        医保人才培养合格率        ≥90.00(%)",
            "                                        参保群众政策知晓率        普遍知晓",
            "      效益指标          社会效益指标",
            "                                        异地就医直接结算率        有所提高",
            "                    服务对象满意度指 参保人员对医保服务的满意度",
            "      满意度指标                                              ≥90.00(%)",
            "                    标        （%）",
            "",
    };

    /** disclosures-print-t310 d3 (numbered print): 满意 / 度指 close a page, the label's 标 opens the next. */
    static final String[] OVER_PAGE = {
            "绩效指标   一级                                        全年实际完成 未完成原因和改",
            "            二级指标     三级指标                指标值",
            "       指标                                        值      进措施",
            "            数量指标     试点地区居民参保覆盖率         ≥95%    ≥95%",
            "",
            "       产出            重复参保人数              0       0",
            "       指标   质量指标     虚报参保人数              0       0",
            "                     居家照护服务试点运行情况        运行良好    运行良好",
            "       效益   社会效益指    符合待遇享受条件的参保人",
            "                                         有效缓解    有效缓解",
            "       指标   标        员照护费用负担减轻程度",
            "       满意   服务对象满    服务对象满意度             ≥90%    ≥90%",
            "       度指   意度指标",
            "",
            "",
            "",
            "",
            "\f标",
            "",
    };

    static List<String> rows(String[] lines, Map<Row, List<dev.zhibiao.Diagnostic>> notes) {
        List<SpacedRows.Line> in = new ArrayList<>();
        int page = 0;
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.startsWith("\f")) {
                page++;
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                in.add(LaidOutLines.line(i + 1, text, page));
            }
        }
        List<String> out = new ArrayList<>();
        for (Row r : SpacedRows.rows(in, notes)) {
            out.add(String.join("|", r.cells().stream().map(Cell::text).toList()));
        }
        return out;
    }

    private static void has(List<String> rows, String row) {
        assertTrue(rows.contains(row), row + " in rows: " + rows);
    }

    /**
     * Lines that hold only labels (产出指标 between two rows; 社会效益指 / 标 and 可持续影响 / 指标 round one-line rows),
     * counted as blank, and the lines of the page break made the table's one-line rows look a line apart, and the ruler
     * measured it in text lines: 质量指标 (on its group's fifth row of seven) cost less over six rows, and 时效指标 took
     * the row above its own. Labels stand on their group's first row.
     */
    @Test
    void linesHoldingLabelsAndPageBreaksAreNoRowSpacing() {
        List<String> rows = rows(SPACED, new IdentityHashMap<>());
        has(rows, "||质量指标|明确保障对象范围|出台文件予以明确");
        has(rows, "|||农村贫困人口住院及门诊大病、慢性病和特殊疾病医疗费用个人自付比例控制在一定水平|各地区根据实际情况确定具体标准");
        has(rows, "||时效指标|一站式结算覆盖地区|不低于上年");
        int[] one = {1, 2, 3, 4, 6, 7};
        assertEquals(0, LaidOutLabels.Ruler.spacing(one, one, new int[] {1, 1, 1, 1, 1, 1}, new int[] {0, 0, 0, 0, -1, 0}));
        assertEquals(2, LaidOutLabels.Ruler.spacing(new int[] {1, 4, 7, 10}, new int[] {1, 4, 7, 10}, new int[] {1, 1, 1, 1},
                new int[] {2, 2, 2, 0}), "blank lines as given");
    }

    /**
     * 参保人员对医保服务的满意度 is printed one space after 服务对象满意度指 (the label's first line) and starts nearer the
     * level-2 column's usual start than the names'; its （%） two lines down too. Read into the label, the row took the name
     * and value of the row above (异地就医直接结算率 | 有所提高≥90.00(%)).
     */
    @Test
    void aLabelColumnTakesNoNamePackedAfterItsWrappedLabelNorAUnit() {
        Map<Row, List<dev.zhibiao.Diagnostic>> notes = new IdentityHashMap<>();
        List<String> rows = rows(PACKED, notes);
        has(rows, "|||异地就医直接结算率|有所提高");
        has(rows, "|满意度指标|服务对象满意度指标|参保人员对医保服务的满意度（%）|≥90.00(%)");
        assertTrue(notes.values().stream().flatMap(List::stream).anyMatch(d -> d.code().equals(PagePlacements.LABEL_HELD)
                && d.message().contains("wrapped label")), notes.toString());
    }

    /** The level-1 label 满意度指标 wrapped over three lines, its 标 on the next page: one label, on its own row. */
    @Test
    void aLabelTailOnTheNextPageEndsItsLabel() {
        List<String> rows = rows(OVER_PAGE, new IdentityHashMap<>());
        has(rows, "|||居家照护服务试点运行情况|运行良好|运行良好|");
        has(rows, "|效益指标|社会效益指标|符合待遇享受条件的参保人员照护费用负担减轻程度|有效缓解|有效缓解|");
        has(rows, "|满意度指标|服务对象满意度指标|服务对象满意度|≥90%|≥90%|");
    }
}
