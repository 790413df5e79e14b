package dev.zhibiao.internal.layout;

import dev.zhibiao.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicators' own outline numbers left out of their names ({@code 1.乡村实用人才培训人次} →
 * 乡村实用人才培训人次), as {@link GroupRows} does for a table of group rows and as the
 * {@code 指标N:} prefix is: where every indicator of the sheet has a name so numbered, the numbers
 * counting up by one (or from 1 again under the next group), the first being 1. A renderer that
 * gives the rows their level columns itself (plain text of a group-row form) leaves the numbers for
 * recovery. One diagnostic ({@value #CODE}) says how many names lost their number.
 */
final class NumberedNames {
    /** The diagnostic code. */
    static final String CODE = "outline-numbers-dropped";
    private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,2})\\s*(?:[、．]|\\.(?![0-9]))\\s*(\\S.*)$");

    private NumberedNames() {
    }

    /** Leaves the numbers out of the draft's indicator names where every name is so numbered. */
    static void apply(SheetDraft d) {
        List<Indicator> all = d.indicators;
        if (all.size() < 2) {
            return;
        }
        List<String> names = new ArrayList<>(all.size());
        int previous = 0;
        for (Indicator i : all) {
            Matcher m = i.name() == null ? null : NUMBERED.matcher(i.name().strip());
            if (m == null || !m.matches()) {
                return;
            }
            int n = Integer.parseInt(m.group(1));
            if (previous == 0 ? n != 1 : n != previous + 1 && n != 1) {
                return;
            }
            previous = n;
            names.add(m.group(2).strip());
        }
        for (int k = 0; k < all.size(); k++) {
            all.set(k, all.get(k).toBuilder().name(names.get(k)).build());
        }
        d.diag(CODE, all.get(0).locator(), all.size() + " indicator names printed with their outline numbers (1. 2. …):"
                + " the numbers left out of the names");
    }
}
