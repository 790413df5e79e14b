package dev.zhibiao.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;

/**
 * Lists the files with Spark's {@code binaryFile} source (its file index: any Hadoop file system,
 * folders recursively, globs, its filters; no file is opened on the driver) and splits them, in
 * order, into partitions of consecutive files, each read by one task. The rows of a DataFrame thus
 * come in the order of the paths given, each folder's files in path order, then sheet and indicator
 * order: the order of {@code zhibiao extract} over the same paths.
 */
final class ZhibiaoScan implements Scan, Batch {
    private final SourceOptions options;

    ZhibiaoScan(SourceOptions options) {
        this.options = options;
    }

    @Override
    public StructType readSchema() {
        return options.output().schema();
    }

    @Override
    public String description() {
        return "zhibiao " + options.output().option() + " of " + options.paths();
    }

    @Override
    public Batch toBatch() {
        return this;
    }

    @Override
    public InputPartition[] planInputPartitions() {
        SparkSession spark = SparkSession.active();
        List<String> files = files(spark);
        int n = options.partitions();
        if (n == 0) {
            n = 4 * Math.max(1, spark.sparkContext().defaultParallelism());
        }
        n = Math.max(1, Math.min(n, files.size()));
        InputPartition[] parts = new InputPartition[files.size() == 0 ? 0 : n];
        for (int i = 0; i < parts.length; i++) {
            int from = (int) ((long) files.size() * i / n);
            int to = (int) ((long) files.size() * (i + 1) / n);
            parts[i] = new FilePartition(files.subList(from, to).toArray(new String[0]));
        }
        return parts;
    }

    /**
     * @return the files to read: those of each path given, in the order given, each folder's (or
     *     glob's) files in path order, as {@code zhibiao extract} takes them; a file named twice is read once
     */
    private List<String> files(SparkSession spark) {
        Set<String> extensions = options.extensions();
        Set<String> out = new LinkedHashSet<>();
        for (String path : options.paths()) {
            String[] listed = spark.read().format("binaryFile").options(options.listing()).load(path).inputFiles();
            Arrays.sort(listed);
            for (String f : listed) {
                if (extensions == null || extensions.contains(extension(f))
                        || extensions == SourceOptions.EXTENSIONS && extension(f).equals("json") && ocrJson(f, spark)) {
                    out.add(f);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether a listed {@code .json} file is an OCR engine's JSON (its head read through Hadoop), as {@code extract DIR} asks. */
    private static boolean ocrJson(String file, SparkSession spark) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
        try (java.io.InputStream in = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(p)) {
            byte[] head = in.readNBytes(12_000);
            return dev.zhibiao.parsers.Readers.isOcrJsonHead(new String(head, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot <= slash ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public PartitionReaderFactory createReaderFactory() {
        SparkSession spark = SparkSession.active();
        return new DocumentReaderFactory(options, new HadoopConf(spark.sparkContext().hadoopConfiguration()));
    }

    @Override
    public String toString() {
        return "ZhibiaoScan[" + options + "]";
    }

    /** Consecutive files read by one task. */
    record FilePartition(String[] paths) implements InputPartition {
        @Override
        public String toString() {
            return "FilePartition" + Arrays.toString(paths);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FilePartition p && Arrays.equals(paths, p.paths);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(paths);
        }
    }
}
