package dev.zhibiao;

import org.jspecify.annotations.Nullable;

/** The outcome of testing an actual value against a {@link Target}. */
public enum Verdict {
    /** The actual value satisfies the target. */
    MET,
    /** The actual value is comparable and fails the target. */
    NOT_MET,
    /** The actual value cannot be compared (no number, other unit, unknown reference). */
    UNDECIDABLE;

    /** @return {@code Boolean.TRUE}, {@code Boolean.FALSE} or {@code null} for the JSON {@code met} field */
    public @Nullable Boolean asBoolean() {
        return switch (this) {
            case MET -> Boolean.TRUE;
            case NOT_MET -> Boolean.FALSE;
            case UNDECIDABLE -> null;
        };
    }
}
