package dev.zhibiao.read;

import java.io.IOException;

/**
 * A document could not be read: not found, empty, not a table, an encrypted PDF, an unreadable
 * encoding. The message is one line that names the file and what is wrong.
 */
public final class ReadException extends IOException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;
    /** The file name the error is about. */
    private final String source;

    /**
     * @param source  the file name
     * @param message what is wrong
     */
    public ReadException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
    }

    /**
     * @param source  the file name
     * @param message what is wrong
     * @param cause   the underlying failure
     */
    public ReadException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    /** @return the file name the error is about */
    public String source() {
        return source;
    }
}
