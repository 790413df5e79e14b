package dev.zhibiao.cli;

import dev.zhibiao.Sheet;
import dev.zhibiao.SheetJson;
import dev.zhibiao.internal.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sheet JSON out, streamed: a JSON array written element by element ({@code --format json}) or one
 * sheet per line ({@code --format jsonl}), flushed after every document. A document that cannot be
 * read is an error record {@code {"file": ..., "error": ...}} in its place.
 */
final class JsonSink implements Sink {
    private final Output out;
    private final boolean lines;
    private boolean first = true;

    /**
     * @param out   where to write
     * @param lines true for JSON Lines, false for one array
     */
    JsonSink(Output out, boolean lines) {
        this.out = out;
        this.lines = lines;
        if (!lines) {
            out.write("[");
        }
    }

    /**
     * @param o a failed document
     * @return its error record as a map, keys {@code file} and {@code error}
     */
    static Map<String, Object> errorRecord(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", o.input().display());
        m.put("error", o.error());
        return m;
    }

    @Override
    public void accept(Outcome o) {
        if (!o.ok()) {
            if (lines) { // no lambdas for the pretty form: each costs a class spun at start-up
                line(Json.write(errorRecord(o), 0));
            } else {
                element(Json.write(List.of(errorRecord(o)), 2));
            }
        } else {
            for (Sheet s : o.sheets()) {
                if (lines) {
                    line(SheetJson.writeLine(s));
                } else {
                    element(SheetJson.write(List.of(s)));
                }
            }
        }
        out.flush();
    }

    /** One line of {@code jsonl}. */
    private void line(String line) {
        out.write(line);
        out.write("\n");
    }

    /** One array element: the array of one element with its brackets cut off, so it is indented as in a whole array. */
    private void element(String arrayOfOne) {
        String inner = arrayOfOne.substring(arrayOfOne.indexOf('\n') + 1, arrayOfOne.lastIndexOf('\n'));
        out.write(first ? "\n" : ",\n");
        out.write(inner);
        first = false;
    }

    @Override
    public void finish(Summary summary) {
        if (!lines) {
            out.write(first ? "]\n" : "\n]\n");
        }
        out.flush();
    }

    @Override
    public String toString() {
        return lines ? "JsonSink[jsonl]" : "JsonSink[json]";
    }
}
