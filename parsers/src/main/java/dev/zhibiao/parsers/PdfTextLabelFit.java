package dev.zhibiao.parsers;

import dev.zhibiao.internal.layout.Vocabulary;
import dev.zhibiao.parsers.PdfTextReader.Piece;
import java.util.ArrayList;
import java.util.List;

import static dev.zhibiao.parsers.PdfTextReader.key;

/** How well a level-2 label printed apart suits an indicator row, from the row's name and value (plain pdftotext). */
final class PdfTextLabelFit {
    private PdfTextLabelFit() {
    }

    /** How well a level-2 label suits a row, from its value and its name. */
    static double fit(String label, PdfTextIndicators.IndRow r) {
        PdfTextIndicators.Copy c = r.right.name != null ? r.right : r.left;
        String name = c.name == null ? "" : key(c.name.text());
        String value = c.value == null ? "" : key(c.value.text());
        boolean numeric = PdfTextFragments.isValue(value);
        boolean percent = value.contains("%");
        boolean money = value.contains("元");
        // a value that names a group before each bound (成年人≥270 元; 大中小学生、儿童≥200 元) sets an amount for
        // each group: a 数量 indicator's, whatever its unit (not a rate's percent, not a cost's yuan)
        boolean groupBounds = Rx.find(PdfTextFragments.GROUP_BOUND, value);
        // a name that counts (可支配月数(月)) gives a number of months or days, not a deadline
        boolean counts = Rx.matches(name, ".*数([(（][^()（）]{1,3}[)）])?");
        boolean time = Rx.matches(value, ".*\\d+(月|日|天|年|小时|工作日|个月).*") && !Rx.matches(value, ".*元.*") && !counts;
        String k = key(label);
        double s = 0;
        if (k.startsWith("数量")) {
            s += numeric && !percent && !money && !time || groupBounds ? 2 : 0;
            s += Rx.matches(name, ".*(数|次数|人数|个数|台数|量).*") && !name.contains("率") ? 0.5 : 0;
        } else if (k.startsWith("质量")) {
            // a rate of timeliness (及时率, 即时结算率) is a 时效 indicator, not a 质量 one
            boolean timely = Rx.matches(name, ".*(及时|即时|时限).*") || deadline(name);
            s += percent && !timely && !groupBounds ? 2 : 0;
            // a rate whose target is worded (政策知晓率 / 普遍知晓) is an effect, not a measured quality
            s += Rx.matches(name, ".*(率|合格|达标|质量|准确|规范).*") && !timely && (numeric || value.isEmpty()) ? 1 : 0;
        } else if (k.startsWith("时效")) {
            s += time ? 2 : 0;
            s += Rx.matches(name, ".*(时间|时限|及时|即时|期限|进度).*") || deadline(name) ? 1 : 0;
        } else if (k.contains("成本")) {
            s += money && !groupBounds ? 2 : 0;
            s += Rx.matches(name, ".*(费|成本|金额|资金|补助|价格|单价|标准).*") ? 0.5 : 0;
        } else if (k.contains("满意")) {
            s += name.contains("满意") ? 2 : 0;
        } else if (k.startsWith("可持续")) {
            s += Rx.matches(value, ".*(长期|持续|年).*") ? 2 : 0;
            s += Rx.matches(name, ".*(持续|长期|机制|长效|影响).*") ? 1 : 0;
        } else if (k.startsWith("经济")) {
            s += Rx.matches(name, ".*(经济|收入|负担|增收).*") ? 1 : 0;
        } else if (k.startsWith("生态")) {
            s += Rx.matches(name, ".*(生态|环境|绿色).*") ? 1 : 0;
        } else if (k.startsWith("社会")) {
            s += !numeric ? 0.5 : 0;
        }
        return s;
    }

    /** Whether a name states a deadline ({@code 2019年12月31日前…到位率}, {@code 年底前…}): a timeliness indicator. */
    static boolean deadline(String name) {
        return Rx.matches(name, ".*(\\d{1,2}月(\\d{1,2}日)?|年底|年末|月底)(前|之前).*");
    }

    /** A level-2 label's place in the framework's order (core's vocabulary), or -1. */
    static int level2Rank(String label) {
        return Vocabulary.frameworkRank(label);
    }

    /**
     * Labels in print order normally follow the column top to bottom; a label printed after a
     * later group's (the 数量指标 of a group centred lower than the next group's label) breaks the
     * framework's order. Then the known labels are put back in that order in the places they
     * hold; labels outside the framework keep their places.
     */
    static void canonicalOrder(List<Piece> labels) {
        List<Integer> at = new ArrayList<>();
        List<Piece> known = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (level2Rank(labels.get(i).text()) >= 0) {
                at.add(i);
                known.add(labels.get(i));
            }
        }
        List<Piece> sorted = new ArrayList<>(known);
        sorted.sort(java.util.Comparator.comparingInt(p -> level2Rank(p.text())));
        for (int i = 0; i < at.size(); i++) {
            labels.set(at.get(i), sorted.get(i));
        }
    }

    /**
     * How much a label printed apart is told about its rows: nothing but its order. Where the rows'
     * names and values do not tell the labels apart, each label is taken to span about as many rows
     * as the others (a merged cell's label is centred in it; pdftotext keeps only the order).
     */
    static final double SPREAD = 0.25;

    /** How many rows row {@code t} of {@code m} lies outside label {@code j}'s even share of {@code n} labels. */
    static double spread(int t, int j, int m, int n) {
        double lo = (double) j * m / n;
        double hi = (double) (j + 1) * m / n;
        return t + 1 <= lo ? lo - t : t >= hi ? t + 1 - hi : 0;
    }
}
