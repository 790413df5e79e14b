package dev.zhibiao.cli;

import dev.zhibiao.Diagnostic;
import dev.zhibiao.Sheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counts of a batch, for the summary on standard error and at the top of the audit page. */
final class Summary {
    private final long started = System.nanoTime();
    private final int total;
    private int read;
    private int failed;
    private int sheets;
    private int indicators;
    private int remnants;
    private final Map<String, Integer> diagnostics = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    /** @param total the number of documents in the batch */
    Summary(int total) {
        this.total = total;
    }

    /** @param o one document's outcome */
    void add(Outcome o) {
        if (!o.ok()) {
            failed++;
            failures.add(o.input().display());
            return;
        }
        read++;
        for (Sheet s : o.sheets()) {
            add(s);
        }
    }

    /** Counts one sheet of a document read a sheet at a time (then {@link #read()} once it is done). */
    void add(Sheet s) {
        sheets++;
        indicators += s.indicators().size();
        remnants += s.remnants().size();
        for (Diagnostic d : s.diagnostics()) {
            Integer n = diagnostics.get(d.code()); // not merge(…, Integer::sum): each lambda costs a class spun at start-up
            diagnostics.put(d.code(), n == null ? 1 : n + 1);
        }
    }

    /** Counts a document read a sheet at a time, its sheets counted by {@link #add(Sheet)}. */
    void readOne() {
        read++;
    }

    int total() {
        return total;
    }

    int done() {
        return read + failed;
    }

    int read() {
        return read;
    }

    int failed() {
        return failed;
    }

    int sheets() {
        return sheets;
    }

    int indicators() {
        return indicators;
    }

    int remnants() {
        return remnants;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** @return diagnostic codes with their counts, most frequent first (then by code) */
    Map<String, Integer> diagnostics() {
        Map<String, Integer> m = new LinkedHashMap<>();
        diagnostics.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    /** @return seconds since the batch started */
    double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * @return the summary lines for standard error: {@code "zhibiao: 35 files: 32 read, 3 failed; 70
     *         sheets, 1566 indicators"} and the diagnostics by code
     */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("zhibiao: " + total + (total == 1 ? " file: " : " files: ") + read + " read, " + failed + " failed; "
                + sheets + " sheets, " + indicators + " indicators, " + remnants + " remnants");
        if (!diagnostics.isEmpty()) {
            StringBuilder b = new StringBuilder("zhibiao: diagnostics:");
            diagnostics().forEach((k, v) -> b.append(' ').append(k).append(' ').append(v).append(','));
            b.setLength(b.length() - 1);
            out.add(b.toString());
        } else {
            out.add("zhibiao: diagnostics: none");
        }
        if (!failures.isEmpty()) {
            out.add("zhibiao: failed: " + String.join(", ", failures));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
