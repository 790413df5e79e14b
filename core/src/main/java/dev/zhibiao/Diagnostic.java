package dev.zhibiao;

import java.util.Objects;

/**
 * One repair made to a sheet, or one problem found in it, with where in the source it happened.
 *
 * <p>Recovery records every repair (a row realigned, a merged cell filled, a label moved), so a
 * user can audit a recovered sheet against its source.
 *
 * @param code     a stable, machine-readable code such as {@code "row-shifted"}, {@code "label-filled"}
 * @param message  what was done or found, readable by a person
 * @param position where in the source
 */
public record Diagnostic(String code, String message, Locator position) {

    /**
     * Checks that every part is present.
     *
     * @param code     a stable, machine-readable code such as {@code "row-shifted"}, {@code "label-filled"}
     * @param message  what was done or found, readable by a person
     * @param position where in the source
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        position = position == null ? Locator.UNKNOWN : position;
    }

    /** @return {@code "line 12:3 row-shifted: ..."} */
    @Override
    public String toString() {
        return position + " " + code + ": " + message;
    }
}
