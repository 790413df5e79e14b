package dev.zhibiao.spark.examples;

import org.apache.spark.sql.SparkSession;

/**
 * Measures the data source by hand (not a test): reads the indicators of the given folders
 * {@code rounds} times into Spark's {@code noop} sink and prints the files read per second of each
 * round. Used for the README's figure:
 *
 * <pre>
 * java --add-opens=... -cp CLASSPATH dev.zhibiao.spark.examples.Throughput local[2] 3 DIR...
 * </pre>
 */
public final class Throughput {
    private Throughput() {
    }

    /**
     * @param args the master ({@code local[2]}), the number of rounds, then folders, files or globs
     */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master(args[0]).appName("zhibiao throughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        int rounds = Integer.parseInt(args[1]);
        String[] paths = java.util.Arrays.copyOfRange(args, 2, args.length);
        long files = spark.read().format("zhibiao").option("output", "errors").option("documentBytes", "1")
                .load(paths).count(); // every file over a 1-byte limit: the count of files, nearly free
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            spark.read().format("zhibiao").load(paths).write().format("noop").mode("overwrite").save();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %d files in %.1f s, %.1f files/s%n", r, files, s, files / s);
        }
        spark.stop();
    }
}
