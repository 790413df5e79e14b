package dev.zhibiao.parsers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A choice of PDF pages written as in a print dialog: {@code "1-3,5"}, {@code "2-"} (page 2 to the
 * end). Pages are 1-based; an open range runs to the last page.
 */
public final class Pages implements IntPredicate {
    private final String spec;
    private final List<int[]> ranges;

    private Pages(String spec, List<int[]> ranges) {
        this.spec = spec;
        this.ranges = ranges;
    }

    /**
     * @param spec pages and ranges separated by commas, such as {@code "1-3,5"}
     * @return the choice
     * @throws IllegalArgumentException saying what is wrong
     */
    public static Pages parse(String spec) {
        String s = spec == null ? "" : spec.replace(" ", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no pages given (write them as 1-3,5)");
        }
        List<int[]> ranges = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            int dash = part.indexOf('-');
            try {
                int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
                int to = dash < 0 ? from : dash == part.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(part.substring(dash + 1));
                if (from < 1 || to < from) {
                    throw new NumberFormatException();
                }
                ranges.add(new int[] {from, to});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("pages \"" + spec + "\": \"" + part
                        + "\" is not a page or a range of pages (write them as 1-3,5; pages count from 1)");
            }
        }
        return new Pages(s, List.copyOf(ranges));
    }

    @Override
    public boolean test(int page) {
        for (int[] r : ranges) {
            if (page >= r[0] && page <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** @return the pages as given, without spaces: {@code "1-3,5"} */
    @Override
    public String toString() {
        return spec;
    }
}
