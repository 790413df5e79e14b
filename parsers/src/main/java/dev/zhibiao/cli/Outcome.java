package dev.zhibiao.cli;

import dev.zhibiao.Sheet;
import dev.zhibiao.internal.layout.Document;
import java.util.List;

/**
 * What reading one document gave: its sheets (and, for the audit page, its rows), or why it could
 * not be read.
 *
 * @param input    the document
 * @param sheets   its sheets; empty when it failed
 * @param document its rows before recovery, when asked for; else null
 * @param error    why it could not be read (one line, without the file name), or null
 */
record Outcome(Inputs.Input input, List<Sheet> sheets, Document document, String error) {
    Outcome {
        sheets = List.copyOf(sheets);
    }

    static Outcome failed(Inputs.Input input, String error) {
        return new Outcome(input, List.of(), null, error);
    }

    boolean ok() {
        return error == null;
    }

    /** @return the one line for standard error: {@code "a.doc: a legacy Word .doc file: ..."} */
    String errorLine() {
        return input.source() + ": " + error;
    }

    @Override
    public String toString() {
        return input + (ok() ? ": " + sheets.size() + " sheets" : ": " + error);
    }
}
