package dev.zhibiao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options and operands of one command, parsed against the options it declares. Accepts
 * {@code --name value}, {@code --name=value}, {@code -o value}, flags, {@code --} to end options
 * and {@code -} as an operand (standard input).
 */
final class Options {
    /**
     * One option a command takes.
     *
     * @param name    the long name, without dashes ({@code "format"})
     * @param letter  a one-letter short form, or 0
     * @param value   what the value is called in help ({@code "FORMAT"}), or null for a flag
     * @param help    one line of help
     */
    record Option(String name, char letter, String value, String help) {
        /** @return {@code "-o, --output FILE"} */
        @Override
        public String toString() {
            return (letter == 0 ? "    " : "-" + letter + ", ") + "--" + name + (value == null ? "" : " " + value);
        }
    }

    /** A command line that does not fit the command: exit 2 with the message and the usage. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Options() {
    }

    /**
     * @param command  the command's name, for messages
     * @param declared the options it takes
     * @param args     the whole command line; {@code args[0]} is the command
     * @return the parsed options
     * @throws UsageError for an unknown option or a missing value
     */
    static Options parse(String command, List<Option> declared, String[] args) throws UsageError {
        Options o = new Options();
        boolean operandsOnly = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (operandsOnly || a.equals("-") || !a.startsWith("-")) {
                o.operands.add(a);
                continue;
            }
            if (a.equals("--")) {
                operandsOnly = true;
                continue;
            }
            if (a.equals("-h") || a.equals("--help")) {
                o.values.put("help", "");
                continue;
            }
            String name;
            String value = null;
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                name = eq < 0 ? a.substring(2) : a.substring(2, eq);
                value = eq < 0 ? null : a.substring(eq + 1);
            } else {
                name = a.substring(1, 2);
                value = a.length() > 2 ? a.substring(2) : null;
            }
            Option opt = find(declared, name);
            if (opt == null) {
                throw new UsageError("unknown option " + a + " for " + command);
            }
            if (opt.value() == null) {
                if (value != null) {
                    throw new UsageError("--" + opt.name() + " takes no value");
                }
                o.values.put(opt.name(), "");
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageError(a + " needs a value (" + opt.value() + ")");
                }
                value = args[++i];
            }
            o.values.put(opt.name(), value);
        }
        return o;
    }

    private static Option find(List<Option> declared, String name) {
        for (Option d : declared) {
            if (d.name().equals(name) || name.length() == 1 && d.letter() == name.charAt(0)) {
                return d;
            }
        }
        return null;
    }

    /** @return true when {@code --help} or {@code -h} was given */
    boolean help() {
        return values.containsKey("help");
    }

    /**
     * @param name an option's long name
     * @return true when the option was given
     */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * @param name an option's long name
     * @param otherwise what to return when it was not given
     * @return its value
     */
    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** @return the operands in order */
    List<String> operands() {
        return operands;
    }

    /**
     * @param declared the options of a command
     * @return their help, one option a line
     */
    static String help(List<Option> declared) {
        StringBuilder b = new StringBuilder();
        for (Option o : declared) {
            String left = "  " + o;
            b.append(left).append(" ".repeat(Math.max(2, 30 - left.length()))).append(o.help()).append('\n');
        }
        b.append("  -h, --help").append(" ".repeat(18)).append("this help\n");
        return b.toString();
    }

    /**
     * @return every input format's name as {@code --input-format} takes it, in the order of
     *         {@link dev.zhibiao.read.Format} ({@code "auto, markdown, tsv, ..., ocr-tsv, hocr, ocr-json, ocr-text, docx, xlsx, image"}):
     *         help lists them from the enum, so a new format cannot be left out
     */
    static String formatNames() {
        StringBuilder b = new StringBuilder();
        for (dev.zhibiao.read.Format f : dev.zhibiao.read.Format.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "Options" + values + operands;
    }
}
