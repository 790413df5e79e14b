package dev.zhibiao.internal.layout;

import dev.zhibiao.internal.layout.Vocabulary.Column;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The heading words of indicator tables, read once from {@code headings.tsv} (next to this class):
 * rules {@code ROLE <TAB> MATCH <TAB> WORDS}, the first that matches a folded heading deciding its
 * column role.
 */
final class Headings {
    /** How a rule compares a heading with its words. */
    private enum Match { EQUALS, CONTAINS, STARTS, ENDS }

    /** One rule: all {@code words} must match the heading the {@code match} way. */
    private record Rule(Column role, Match match, List<String> words) {
        boolean test(String key) {
            for (int i = 0, n = words.size(); i < n; i++) { // by index: no iterator per heading asked
                String w = words.get(i);
                boolean ok = switch (match) {
                    case EQUALS -> key.equals(w);
                    case CONTAINS -> key.contains(w);
                    case STARTS -> key.startsWith(w);
                    case ENDS -> key.endsWith(w);
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Rule> RULES = load();

    private Headings() {
    }

    /**
     * The role the first matching rule gives a folded heading, or null. A heading no rule names is
     * asked again without a bracket that ends it ({@code 目标值(2025年)}, {@code 年度指标值(当年)}): what
     * the bracket says (the year, the period, a unit) does not change the column's role.
     */
    static Column role(String key) {
        Column c = role0(key);
        if (c == null && key.length() > 3 && key.charAt(key.length() - 1) == ')') {
            int open = key.lastIndexOf('(');
            if (open > 0 && key.length() - open <= 12) {
                c = role0(key.substring(0, open).strip());
            }
        }
        return c;
    }

    private static Column role0(String key) {
        for (int i = 0, n = RULES.size(); i < n; i++) {
            Rule r = RULES.get(i);
            if (r.test(key)) {
                return r.role();
            }
        }
        return null;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Headings.class.getResourceAsStream("headings.tsv")) {
            if (in == null) {
                throw new IllegalStateException("headings.tsv is missing from the layout package");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("headings.tsv:" + no + ": expected ROLE<TAB>MATCH<TAB>WORDS");
                }
                rules.add(new Rule(Column.valueOf(f[0].toUpperCase(Locale.ROOT)),
                        Match.valueOf(f[1].toUpperCase(Locale.ROOT)), List.of(f[2].split("\\+"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
