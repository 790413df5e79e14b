package dev.zhibiao.testkit;

import dev.zhibiao.Direction;
import dev.zhibiao.Funding;
import dev.zhibiao.FundingItem;
import dev.zhibiao.Indicator;
import dev.zhibiao.Kind;
import dev.zhibiao.Sheet;
import dev.zhibiao.Target;
import dev.zhibiao.Targets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generates valid sheets of either kind from a {@link RandomGenerator}: every field a printer
 * prints (year, project, region, the four parties, the money block, goals, and indicators under
 * the canonical category labels with typed targets, and for self-evaluations actuals, verdicts and
 * notes). The vocabulary is a small built-in list of the words such sheets use; nothing is read
 * from files. The same seed gives the same sheet.
 *
 * <pre>{@code
 * Sheet s = SheetGenerator.sheet(Kind.TARGET, new SplittableRandom(42));
 * String md = SheetPrinter.print(s, Rendering.MARKDOWN);    // reads back as s
 * }</pre>
 */
public final class SheetGenerator {
    private SheetGenerator() {
    }

    private static final String[] PROVINCES = {"吉林省", "河南省", "四川省", "江西省", "甘肃省", "湖南省"};
    private static final String[] CITIES = {"长春市", "洛阳市", "绵阳市", "赣州市", "天水市", "岳阳市", "白山市", "南阳市"};
    private static final String[] SUBJECTS = {"城乡居民医疗保险补助资金", "农村危房改造补助资金", "义务教育薄弱环节改善资金",
        "基层医疗卫生机构实施基本药物制度补助资金", "农业生产发展资金", "困难群众救助补助资金", "公共文化服务体系建设补助资金",
        "就业补助资金", "水利发展资金", "林业草原生态保护恢复资金"};
    private static final String[] GOALS = {"巩固参保率。", "稳步提高保障水平。", "实现基金收支平衡。", "按时完成年度建设任务。",
        "资金及时足额拨付到位。", "改善群众生产生活条件。", "提升公共服务能力和水平。", "建立健全长效管理机制。"};
    private static final String[] FUNDING_LABELS = {"中央资金", "省级资金", "地方资金", "其他资金"};

    /** A name, its unit or kind of value, and the canonical labels it sits under. */
    private record Spec(String level1, String level2, String name, String form) {
    }

    // form: "count:UNIT" (≥N UNIT or N UNIT), "pct" (≥N% or 100%), "max:UNIT" (≤N UNIT),
    // "deadline" (N月底前), "text:WORD" (qualitative)
    private static final List<Spec> SPECS = List.of(
            new Spec("产出指标", "数量指标", "补助对象人数(人)", "count:人"),
            new Spec("产出指标", "数量指标", "新建项目个数", "count:个"),
            new Spec("产出指标", "数量指标", "培训人次", "count:人次"),
            new Spec("产出指标", "数量指标", "改造农户数量", "count:户"),
            new Spec("产出指标", "质量指标", "资金到位率", "pct"),
            new Spec("产出指标", "质量指标", "工程验收合格率", "pct"),
            new Spec("产出指标", "质量指标", "补助标准执行到位率", "pct"),
            new Spec("产出指标", "时效指标", "资金拨付及时率", "pct"),
            new Spec("产出指标", "时效指标", "项目完成时间", "deadline"),
            new Spec("产出指标", "成本指标", "人均补助标准(元)", "max:元"),
            new Spec("效益指标", "经济效益指标", "带动农户增收(万元)", "count:万元"),
            new Spec("效益指标", "社会效益指标", "群众生活水平", "text:有效提升"),
            new Spec("效益指标", "社会效益指标", "基本医疗保障水平", "text:稳步提高"),
            new Spec("效益指标", "生态效益指标", "农村人居环境", "text:持续改善"),
            new Spec("效益指标", "可持续影响指标", "长效管理机制", "text:逐步健全"),
            new Spec("满意度指标", "服务对象满意度指标", "服务对象满意度", "pct"),
            new Spec("满意度指标", "服务对象满意度指标", "受益群众满意度", "pct"));

    /**
     * @param random a source of randomness
     * @return a sheet of a random kind, as the seed template prints it
     */
    public static Sheet sheet(RandomGenerator random) {
        return sheet(random.nextBoolean() ? Kind.TARGET : Kind.SELF_EVALUATION, random);
    }

    /**
     * A valid sheet for the seed template ({@link TemplatePrinter.Form#SEED}, {@link SheetPrinter}).
     *
     * @param kind   the kind of sheet
     * @param random a source of randomness
     * @return the sheet (no source, title, locator, remnants or diagnostics)
     * @throws IllegalArgumentException for a kind the seed template does not print ({@link Kind#MONITORING})
     */
    public static Sheet sheet(Kind kind, RandomGenerator random) {
        Objects.requireNonNull(kind, "kind");
        if (!kinds(TemplatePrinter.Form.SEED).contains(kind)) {
            throw new IllegalArgumentException("the seed template prints " + kinds(TemplatePrinter.Form.SEED)
                    + " sheets, not " + kind + " (no generator for monitoring sheets yet)");
        }
        return build(TemplatePrinter.Form.SEED, kind, random.nextInt(2018, 2026), random);
    }

    /**
     * The sheets of one document in a template, each holding exactly what that template prints:
     * one sheet, or one to three for {@link TemplatePrinter.Form#MULTI} (a department's table).
     * The kind is the template's ({@link #kinds}), drawn at random for the seed template.
     *
     * <pre>{@code
     * RandomGenerator r = new SplittableRandom(7);
     * List<Sheet> sheets = SheetGenerator.document(TemplatePrinter.Form.SPLIT, r);
     * String text = Rendering.TSV.print(TemplatePrinter.layout(TemplatePrinter.Form.SPLIT, sheets, r));
     * }</pre>
     *
     * @param form   the template
     * @param random a source of randomness
     * @return the sheets in document order
     */
    public static List<Sheet> document(TemplatePrinter.Form form, RandomGenerator random) {
        List<Kind> kinds = kinds(form);
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        int year = random.nextInt(2018, 2026);
        int n = form == TemplatePrinter.Form.MULTI ? 1 + random.nextInt(3) : 1;
        List<Sheet> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(build(form, kind, year, random));
        }
        return out;
    }

    /**
     * @param form a template
     * @return the kinds of sheet the template prints (both for the seed template)
     */
    public static List<Kind> kinds(TemplatePrinter.Form form) {
        return switch (form) {
            case SEED -> List.of(Kind.TARGET, Kind.SELF_EVALUATION);
            case SCORED -> List.of(Kind.SELF_EVALUATION);
            case SPLIT, MULTI, CENTRAL -> List.of(Kind.TARGET);
        };
    }

    private static Sheet build(TemplatePrinter.Form form, Kind kind, int year, RandomGenerator random) {
        boolean self = kind == Kind.SELF_EVALUATION;
        String province = pick(PROVINCES, random);
        String city = pick(CITIES, random);
        Map<String, String> parties = new LinkedHashMap<>();
        switch (form) {
            case MULTI -> parties.put("单位名称", (100000 + random.nextInt(900000)) + "-" + city
                    + pick(new String[] {"卫生健康局", "教育局", "农业农村局", "民政局"}, random));
            case CENTRAL -> {
                parties.put("主管预算部门", province + "财政厅");
                parties.put("项目实施单位", city);
            }
            case SCORED -> {
                parties.put("主管部门", province + "财政厅");
                parties.put("实施单位", city);
            }
            default -> {
                parties.put("省级财政部门", province + "财政厅");
                parties.put("省级主管部门", province + pick(new String[] {"医疗保障局", "教育厅", "农业农村厅", "民政厅"}, random));
                parties.put("地方财政部门", city + "财政局");
                parties.put("地方主管部门", city + pick(new String[] {"医疗保障局", "教育局", "农业农村局", "民政局"}, random));
            }
        }
        List<String> goals = new ArrayList<>();
        int nGoals = form == TemplatePrinter.Form.MULTI ? 1 : 1 + random.nextInt(3);
        int g0 = random.nextInt(GOALS.length);
        for (int k = 0; k < nGoals; k++) {
            goals.add(GOALS[(g0 + k) % GOALS.length]);
        }
        boolean weighted = form != TemplatePrinter.Form.SEED && form != TemplatePrinter.Form.CENTRAL;
        List<Indicator> indicators = new ArrayList<>();
        for (Spec s : SPECS) {
            if (form == TemplatePrinter.Form.SPLIT || form == TemplatePrinter.Form.MULTI) {
                if (s.form().equals("deadline")) {
                    continue; // split value columns print a number and a unit, not a deadline
                }
            }
            if (random.nextInt(3) != 0 || indicators.isEmpty() && s == SPECS.get(SPECS.size() - 1)) {
                indicators.add(indicator(s, self, weighted, form == TemplatePrinter.Form.SCORED, random));
            }
        }
        return Sheet.builder(kind)
                .year(year)
                .project(pick(SUBJECTS, random))
                .region(form == TemplatePrinter.Form.SEED || form == TemplatePrinter.Form.SPLIT ? city : null)
                .parties(parties)
                .funding(funding(form, self, random))
                .goals(goals)
                .indicators(indicators)
                .build();
    }

    private static Funding funding(TemplatePrinter.Form form, boolean self, RandomGenerator random) {
        List<FundingItem> items = new ArrayList<>();
        if (self) {
            BigDecimal budget = BigDecimal.valueOf(100 + random.nextInt(90000));
            BigDecimal executed = budget.multiply(BigDecimal.valueOf(50 + random.nextInt(51)))
                    .divide(BigDecimal.valueOf(100)).setScale(0, RoundingMode.DOWN);
            BigDecimal rate = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
            items.add(new FundingItem("年度资金总额", null, null, budget, executed, rate));
            return new Funding("万元", items);
        }
        long total = 100 + random.nextInt(900000);
        switch (form) {
            case MULTI -> {
                items.add(amount("预算数", total));
                return new Funding("元", items);
            }
            case CENTRAL -> {
                long other = random.nextInt(3) == 0 ? random.nextInt((int) Math.min(total, 1000)) : 0;
                items.add(amount("项目资金", total));
                items.add(amount("财政拨款", total - other));
                items.add(amount("其他资金", other));
                return new Funding("万元", items);
            }
            default -> {
                items.add(amount(form == TemplatePrinter.Form.SPLIT ? "年度资金总额" : "年度金额", total));
                long rest = total;
                for (String label : FUNDING_LABELS) {
                    long part = random.nextInt(3) == 0 || rest == 0 ? 0 : 1 + (long) (random.nextDouble() * rest);
                    rest -= part;
                    items.add(new FundingItem(label, part == 0 ? null : BigDecimal.valueOf(part), null, null, null, null));
                }
                return new Funding("万元", items);
            }
        }
    }

    private static FundingItem amount(String label, long amount) {
        return new FundingItem(label, BigDecimal.valueOf(amount), null, null, null, null);
    }

    private static Indicator indicator(Spec s, boolean self, boolean weighted, boolean scored, RandomGenerator random) {
        String[] form = s.form().split(":", 2);
        String value;
        String actual = null;
        switch (form[0]) {
            case "count" -> {
                long n = 1 + random.nextInt(5000);
                value = (random.nextBoolean() ? "≥" : "") + n + form[1];
                actual = (n + random.nextInt(200) - 50) + form[1];
            }
            case "pct" -> {
                int p = random.nextInt(4) == 0 ? 100 : 80 + random.nextInt(20);
                value = p == 100 ? "100%" : "≥" + p + "%";
                actual = Math.max(60, Math.min(100, p + random.nextInt(11) - 5)) + "%";
            }
            case "max" -> {
                long n = 100 + random.nextInt(2000);
                value = "≤" + n + form[1];
                actual = (n - random.nextInt(150) + 40) + form[1];
            }
            case "deadline" -> {
                value = (6 + random.nextInt(7)) + "月底前";
                actual = "已完成";
            }
            default -> {
                value = form[1];
                actual = random.nextBoolean() ? form[1] : "已" + form[1].substring(form[1].length() - 2);
            }
        }
        Target target = Targets.parse(value, s.name());
        Indicator.Builder b = Indicator.builder().level1(s.level1()).level2(s.level2()).name(s.name())
                .value(value).target(target);
        if (weighted) {
            int w = 5 * (1 + random.nextInt(4));
            b.weight(BigDecimal.valueOf(w));
            if (scored) {
                b.score(BigDecimal.valueOf(w - random.nextInt(3)));
            } else {
                b.direction(form[0].equals("max") ? Direction.NEGATIVE : Direction.POSITIVE);
            }
        }
        if (self) {
            Target parsed = Targets.parse(actual, s.name());
            b.actual(actual).actualParsed(parsed)
                    .met(target != null && parsed != null ? target.test(parsed) : null);
            if (random.nextInt(4) == 0) {
                b.note(pick(new String[] {"部分项目受天气影响进度滞后", "下年度加快推进", "已按计划完成"}, random));
            }
        }
        return b.build();
    }

    private static String pick(String[] words, RandomGenerator random) {
        return words[random.nextInt(words.length)];
    }
}
