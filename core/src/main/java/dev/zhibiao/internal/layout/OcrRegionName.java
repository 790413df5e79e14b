package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.text.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A region an OCR engine misread past its administrative last character ({@code 长大} for 长春市: 春
 * misread, 市 lost), given back from the names of the departments the header prints: the
 * administrative name at the start of a department's name (长春市财政局 → 长春市: its characters up to the
 * first of {@link OcrHeader#SUFFIXES}, two to four of them) is the region when two departments at
 * least start with it, no other such name starts with the region's first character, and the region
 * read is that name with two characters or fewer changed, added or lost — not its start as printed
 * (长春 of 长春市 may be how the sheet names it) and not a start of a department's name itself.
 */
final class OcrRegionName {
    private OcrRegionName() {
    }

    /** Departments that must start with the administrative name. */
    private static final int SUPPORT = 2;

    /** Characters changed, added or lost between the region read and the name. */
    private static final int EDITS = 2;

    /**
     * @param printed the region as read
     * @param word    its first word (key), whose last character is no administrative one
     * @param rest    a speck after it (key), may be empty
     * @param values  the header's party and attribute values
     * @param d       the draft, its region repaired in place
     */
    static void unsuffixed(String printed, String word, String rest, List<String> values, SheetDraft d) {
        if (word.length() > 4 || !han(word)) {
            return;
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        for (String v : values) {
            String k = v == null ? "" : Text.key(v);
            if (k.startsWith(word)) {
                return; // the departments name the region as read
            }
            String name = adminName(k);
            if (name != null && name.charAt(0) == word.charAt(0)) {
                names.merge(name, 1, Integer::sum);
            }
        }
        if (names.size() != 1) {
            return; // none, or two readings: the header does not say which
        }
        Map.Entry<String, Integer> e = names.entrySet().iterator().next();
        String name = e.getKey();
        if (e.getValue() < SUPPORT || name.startsWith(word) || edits(word, name) > EDITS) {
            return;
        }
        String[] words = printed.strip().split("\\s+", 2);
        OcrHeader.repaired(printed, name, "a region with no administrative last character, the name " + e.getValue()
                + " local departments' names start with (" + name + "…)", rest.isEmpty() ? "" : words[1].strip(), d);
    }

    /** The administrative name a department's name starts with: its characters to the first administrative last character, two to four, else null. */
    static String adminName(String key) {
        for (int i = 1; i < Math.min(4, key.length() - 1); i++) {
            if (OcrHeader.SUFFIXES.indexOf(key.charAt(i)) >= 0) {
                String name = key.substring(0, i + 1);
                return han(name) ? name : null;
            }
        }
        return null;
    }

    private static boolean han(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Levenshtein distance. */
    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
