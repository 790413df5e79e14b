package dev.zhibiao.spark;

import dev.zhibiao.read.Format;
import dev.zhibiao.read.Limits;
import dev.zhibiao.read.Zhibiao;
import java.io.Serializable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The options of the {@code zhibiao} data source, checked on the driver when the DataFrame is made
 * (a wrong option fails {@code load()} with one line) and carried to the executors as text.
 *
 * <ul>
 * <li>{@code output}: {@code indicators} (default), {@code sheets}, {@code diagnostics} or {@code errors};
 * <li>{@code inputFormat}: {@code auto} (default) or a rendering as {@link Format#of} reads it;
 * <li>{@code pages}: PDF pages to read ({@code 1-3,5});
 * <li>every limit of {@link Limits} by its name ({@code pdfPages}, {@code documentBytes} ..., N or
 *     N with k, m or g), and {@code limits}: several as the command line's {@code --limit} gives them
 *     ({@code pdfPages=20000,lineChars=10m});
 * <li>{@code extensions}: the file extensions read under a folder (default: the command line's
 *     list, {@code md,markdown,txt,...,pdf,docx,xlsx,doc,xls}); {@code *} takes every file;
 * <li>{@code partitions}: how many tasks read the files (default: 4 per core of the cluster, at most
 *     one per file);
 * <li>{@code recursiveFileLookup}, {@code pathGlobFilter}, {@code modifiedBefore},
 *     {@code modifiedAfter}, {@code ignoreMissingFiles}: passed to Spark's {@code binaryFile} listing
 *     (folders are read recursively unless {@code recursiveFileLookup} is false).
 * </ul>
 */
final class SourceOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The extensions read under a folder, as the command line's {@code extract DIR} reads them (and
     * a {@code .json} file that is an OCR engine's JSON, by its head, when no extensions are given).
     */
    static final Set<String> EXTENSIONS = dev.zhibiao.read.Format.folderExtensions();

    /** Options handed to Spark's binaryFile listing as they are. */
    static final List<String> LISTING = List.of("recursivefilelookup", "pathglobfilter", "modifiedbefore",
            "modifiedafter", "ignoremissingfiles");

    private static final Set<String> OWN = Set.of("output", "inputformat", "pages", "limits", "extensions",
            "partitions", "path", "paths");

    private final Map<String, String> options;

    /**
     * @param options the source's options (keys in any case)
     * @throws IllegalArgumentException for an unknown option or a value that does not read
     */
    SourceOptions(Map<String, String> options) {
        Map<String, String> o = new TreeMap<>();
        options.forEach((k, v) -> o.put(k.toLowerCase(Locale.ROOT), v));
        this.options = Map.copyOf(o);
        Set<String> limitNames = Limits.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String k : this.options.keySet()) {
            if (!OWN.contains(k) && !LISTING.contains(k) && !limitNames.contains(k)) {
                throw new IllegalArgumentException("zhibiao: unknown option \"" + k + "\" (options: output, inputFormat, "
                        + "pages, limits, extensions, partitions, " + String.join(", ", Limits.names())
                        + ", and binaryFile's recursiveFileLookup, pathGlobFilter, modifiedBefore, modifiedAfter, "
                        + "ignoreMissingFiles)");
            }
        }
        output();
        reader();
        partitions();
    }

    /**
     * @param more options given again or added when the scan is made
     * @return these options with {@code more} over them
     */
    SourceOptions merge(Map<String, String> more) {
        Map<String, String> m = new TreeMap<>(options);
        more.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
        return new SourceOptions(m);
    }

    /**
     * @return the paths given to {@code load} (Spark passes one as {@code path}, several as the
     *     JSON array {@code paths})
     * @throws IllegalArgumentException when no path was given
     */
    List<String> paths() {
        List<String> out = new ArrayList<>();
        String one = options.get("path");
        if (one != null) {
            out.add(one);
        }
        String many = options.get("paths");
        if (many != null) {
            try {
                for (String p : new ObjectMapper().readValue(many, String[].class)) {
                    out.add(p);
                }
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("zhibiao: option paths is not a JSON array of paths: " + many, e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("zhibiao: no path to read: give load(path...) files, folders or globs");
        }
        return out;
    }

    /** @return the output asked for */
    Schemas output() {
        return Schemas.of(options.getOrDefault("output", "indicators"));
    }

    /** @return the limits: the defaults, then {@code limits}, then each limit named on its own */
    Limits limits() {
        Limits l = Limits.defaults();
        String list = options.get("limits");
        if (list != null) {
            for (String a : list.split(",")) {
                if (!a.isBlank()) {
                    l = l.with(a.strip());
                }
            }
        }
        for (String name : Limits.names()) {
            String v = options.get(name.toLowerCase(Locale.ROOT));
            if (v != null) {
                l = l.with(name + "=" + v);
            }
        }
        return l;
    }

    /** @return a reader with the format, pages and limits of these options */
    Zhibiao.SheetReader reader() {
        Zhibiao.SheetReader r = Zhibiao.reader().limits(limits());
        String format = options.get("inputformat");
        if (format != null) {
            r = r.format(Format.of(format));
        }
        String pages = options.get("pages");
        if (pages != null) {
            r = r.pages(pages);
        }
        return r;
    }

    /** @return the extensions read under a folder (lower case), or null for every file */
    Set<String> extensions() {
        String e = options.get("extensions");
        if (e == null) {
            return EXTENSIONS;
        }
        if (e.strip().equals("*")) {
            return null;
        }
        return Arrays.stream(e.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** @return the number of partitions asked for, or 0 for the default */
    int partitions() {
        String p = options.get("partitions");
        if (p == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(p.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("zhibiao: option partitions needs a whole number above 0, not \"" + p + "\"");
        }
    }

    /** @return the options for Spark's binaryFile listing */
    Map<String, String> listing() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("recursiveFileLookup", "true");
        for (String k : LISTING) {
            if (options.containsKey(k)) {
                m.put(k, options.get(k));
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return "SourceOptions" + options;
    }
}
