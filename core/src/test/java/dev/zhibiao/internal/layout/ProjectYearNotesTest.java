package dev.zhibiao.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sheet that prints no year of its own takes the year its document's note on the project states, before the
 * cover's (a budget disclosure of 2024 describing a project of 2020, the sheet under it without a year).
 */
class ProjectYearNotesTest {

    /** A sheet without a year line: its title, the header and one indicator row. */
    static List<String> sheet(String project) {
        List<String> l = new ArrayList<>();
        l.add(project + "绩效目标表");
        for (String h : RecoveryTest.HEAD) {
            if (h.startsWith("| 项目名称")) {
                l.add("| 项目名称 | | " + project + " | | |");
            } else if (h.startsWith("|")) {
                l.add(h);
            }
        }
        l.add("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥300万人 |");
        return l;
    }

    static List<Sheet> read(List<String> lines) {
        Document d = RecoveryTest.doc(lines.toArray(String[]::new));
        List<Sheet> got = new ArrayList<>();
        SheetStream s = new SheetStream("d.txt", got::add);
        for (Row r : d.rows()) {
            s.add(r);
        }
        s.finish();
        return got;
    }

    @Test
    void aProjectsNoteGivesItsSheetTheYearBeforeTheCovers() {
        List<String> l = new ArrayList<>(List.of("2024年部门预算公开", "第三部分 项目经费情况说明",
                "一、城乡医疗救助补助资金项目经费情况说明",
                // the note printed over two lines (plain pdftotext), the project's name cut at the line's end
                "该项目为 2020 年度本部门专项业务经费，主要用于城乡医疗救",
                "助补助资金相关工作，资金由本级财政预算安排。",
                "二、医疗服务能力提升补助资金项目经费情况说明",
                "该项目为 2023 年度本部门专项业务经费，主要用于医疗服务能力提升补助资金相关工作。"));
        l.addAll(sheet("城乡医疗救助补助资金"));
        l.addAll(sheet("离休医疗费补助资金"));
        List<Sheet> got = read(l);
        assertEquals(2, got.size());
        assertEquals(2020, got.get(0).year());
        assertTrue(got.get(0).diagnostics().stream().anyMatch(d -> d.code().equals("year-from-project-note")
                && d.message().contains("2020") && d.message().contains("2024")), got.get(0).diagnostics().toString());
        // a project no note names keeps the cover's year
        assertEquals(2024, got.get(1).year());
        assertTrue(got.get(1).diagnostics().stream().noneMatch(d -> d.code().equals("year-from-project-note")));
        // and says so: the year is the document's, not the sheet's own
        assertTrue(got.get(1).diagnostics().stream().anyMatch(d -> d.code().equals("year-from-document")
                && d.message().contains("2024")), got.get(1).diagnostics().toString());
        assertTrue(got.get(0).diagnostics().stream().noneMatch(d -> d.code().equals("year-from-document")));
    }

    @Test
    void aYearTheSheetPrintsOrTwoYearsSaidOfTheProjectAreKept() {
        List<String> printed = new ArrayList<>(List.of("2024年部门预算公开",
                "该项目为2020年度本部门专项业务经费，主要用于城乡居民医疗保险补助资金相关工作。"));
        printed.addAll(List.of(RecoveryTest.HEAD)); // (2,019年度) printed under the title
        printed.add("| | 产出指标 | 数量指标 | 指标1: 参保人数(人) | ≥300万人 |");
        assertEquals(2019, read(printed).get(0).year());
        List<String> two = new ArrayList<>(List.of("2024年部门预算公开",
                "该项目为2020年度本部门专项业务经费，主要用于城乡医疗救助补助资金相关工作。",
                "2021年度城乡医疗救助补助资金的绩效自评已完成，结果良好。"));
        two.addAll(sheet("城乡医疗救助补助资金"));
        assertEquals(2024, read(two).get(0).year());
    }
}
