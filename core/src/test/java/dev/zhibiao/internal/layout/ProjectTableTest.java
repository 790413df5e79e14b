package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Sheet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A department's table of several projects: where a project starts, and what is kept when none has. */
class ProjectTableTest {

    static List<Sheet> recover(String... lines) {
        return Recovery.recover(RecoveryTest.doc(lines));
    }

    static List<String> rows(Sheet s) {
        return s.indicators().stream().map(RecoveryTest::row).toList();
    }

    static List<String> diagnostics(Sheet s) {
        return s.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aRowBeforeTheFirstProjectIsKeptAsRemnants() {
        List<Sheet> sheets = recover("部门预算项目绩效目标申报表",
                "| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| | | | | 产出指标 | 数量指标 | 人次 | ≥28% |",
                "| 104-民政局 | 低保 | 12 | 乙；丙 | 效益指标 | 社会效益指标 | 覆盖率 | ≥95% |",
                "| 产出指标 | 数量指标 | 户数 | ≥100户 |");
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals("低保", s.project());
        assertEquals("{单位名称=104-民政局}", s.parties().toString());
        assertEquals("万元 [预算数 12]", s.funding().toString());
        assertEquals(List.of("乙", "丙"), s.goals());
        assertEquals(4, s.locator().line());
        assertEquals(List.of("效益指标|社会效益指标|覆盖率|≥95%", "产出指标|数量指标|户数|≥100户"), rows(s));
        assertEquals(List.of("产出指标", "数量指标", "人次", "≥28%"), s.remnants());
        assertEquals(List.of(
                "line 3:5 remnant: row of a table of projects before its first project: \"产出指标\"",
                "line 3:6 remnant: row of a table of projects before its first project: \"数量指标\"",
                "line 3:7 remnant: row of a table of projects before its first project: \"人次\"",
                "line 3:8 remnant: row of a table of projects before its first project: \"≥28%\"",
                "line 4:3 funding-unit: table of projects states no money unit; 万元 assumed"), diagnostics(s));
    }

    @Test
    void aFlatExportPrintsItsProjectOnEveryRow() {
        // 预算管理一体化系统 exports: one row per indicator, 项目编码 and 项目名称 repeated; it read as one
        // sheet without a project, both projects' indicators in it and the names as remnants
        List<Sheet> sheets = recover(
                "| 序号 | 项目编码 | 项目名称 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 1 | 3301001 | 农村公路养护补助 | 产出指标 | 数量指标 | 养护里程 | ≥120公里 |",
                "| 2 | 3301001 | 农村公路养护补助 | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% |",
                "| 3 | 3301002 | 渡口安全管理经费 | 产出指标 | 数量指标 | 渡口数量 | 12个 |");
        assertEquals(2, sheets.size());
        assertEquals("农村公路养护补助", sheets.get(0).project());
        assertEquals("{项目编码=3301001}", sheets.get(0).attributes().toString());
        assertEquals(List.of("产出指标|数量指标|养护里程|≥120公里", "满意度指标|服务对象满意度指标|群众满意度|≥90%"),
                rows(sheets.get(0)));
        assertEquals("渡口安全管理经费", sheets.get(1).project());
        assertEquals(List.of("产出指标|数量指标|渡口数量|12个"), rows(sheets.get(1)));
        // the same project name under another code is another project
        sheets = recover(
                "| 项目编码 | 项目名称 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 3301001 | 养护补助 | 产出指标 | 数量指标 | 养护里程 | ≥120公里 |",
                "| 3301002 | 养护补助 | 产出指标 | 数量指标 | 桥梁数量 | 3座 |");
        assertEquals(2, sheets.size());
    }

    @Test
    void aBudgetCellThatIsNoAmountStartsNoProject() {
        List<Sheet> sheets = recover("部门预算项目绩效目标申报表",
                "| 项目名称 | 预算数 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 救助资金 | 见附件 | 产出指标 | 数量指标 | 人次 | ≥28% |",
                "| 能力建设 | 5 | 产出指标 | 数量指标 | 次数 | ≥2次 |");
        assertEquals(1, sheets.size());
        Sheet s = sheets.get(0);
        assertEquals("能力建设", s.project());
        assertEquals(List.of("产出指标|数量指标|次数|≥2次"), rows(s));
        assertEquals(List.of("救助资金", "见附件", "产出指标", "数量指标", "人次", "≥28%"), s.remnants());
    }

    @Test
    void theUnitOfTheBudgetColumnAndEmptyMergedCells() {
        List<Sheet> sheets = recover("部门预算项目绩效目标申报表",
                "| 主管部门 | 吉林省卫生健康委员会 | 实施单位 | 梨树县 | | |",
                "| 项目名称 | 预算数(万元) | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
                "| 救助资金 | 580.5 | 产出指标 | 数量指标 | 人次 | ≥28% |",
                "| 能力建设 | | 产出指标 | 数量指标 | 次数 | ≥2次 |",
                "| | | 产出指标 | 数量指标 | 人数 | ≥3人 |");
        assertEquals(2, sheets.size());
        assertEquals("救助资金", sheets.get(0).project());
        assertEquals("万元 [预算数 580.5]", sheets.get(0).funding().toString());
        assertEquals(List.of("产出指标|数量指标|人次|≥28%"), rows(sheets.get(0)));
        assertEquals("能力建设", sheets.get(1).project());
        assertEquals("万元 [预算数 -]", sheets.get(1).funding().toString());
        assertEquals(List.of("产出指标|数量指标|次数|≥2次", "产出指标|数量指标|人数|≥3人"), rows(sheets.get(1)));
        assertEquals(5, sheets.get(1).locator().line());
        for (Sheet s : sheets) {
            // the header block above the table is every project's
            assertEquals("{主管部门=吉林省卫生健康委员会, 实施单位=梨树县}", s.parties().toString());
            assertEquals(List.of(), diagnostics(s));
            assertEquals(List.of(), s.remnants());
        }
    }
}
