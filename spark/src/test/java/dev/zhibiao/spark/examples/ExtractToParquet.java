package dev.zhibiao.spark.examples;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * An example job: reads every sheet under a folder (any Hadoop file system) and writes its
 * indicators, its sheets and the files that could not be read as Parquet.
 *
 * <pre>
 * spark-submit --class dev.zhibiao.spark.examples.ExtractToParquet \
 *   --jars zhibiao-spark-0.1.0.jar,zhibiao.jar app.jar s3a://bucket/notices/ s3a://bucket/out/
 * </pre>
 *
 * <p>Writes {@code OUT/indicators} (one row per indicator), {@code OUT/sheets} (one row per
 * sheet, nested) and {@code OUT/errors} (path, source, reason). The files are read twice, once
 * for the indicators (and errors, from the same cached rows) and once for the nested sheets.
 */
public final class ExtractToParquet {
    private ExtractToParquet() {
    }

    /**
     * What one run wrote.
     *
     * @param sheets     sheet rows
     * @param indicators indicator rows
     * @param errors     files that could not be read
     */
    public record Counts(long sheets, long indicators, long errors) {
    }

    /**
     * @param args the input folder (or files, globs) and the output folder
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ExtractToParquet INPUT... OUTPUT");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("zhibiao extract to parquet").getOrCreate();
        String[] inputs = java.util.Arrays.copyOf(args, args.length - 1);
        Counts c = run(spark, inputs, args[args.length - 1]);
        System.out.println(c.sheets() + " sheets, " + c.indicators() + " indicators, " + c.errors() + " unreadable files");
        spark.stop();
    }

    /**
     * @param spark  a session
     * @param inputs folders, files or globs
     * @param output the folder to write
     * @return what was written
     */
    public static Counts run(SparkSession spark, String[] inputs, String output) {
        Dataset<Row> indicators = spark.read().format("zhibiao").load(inputs).cache();
        Dataset<Row> read = indicators.where(col("error").isNull());
        Dataset<Row> errors = indicators.where(col("error").isNotNull())
                .select(col("path"), col("source"), col("error").as("reason"));
        read.drop("error").write().mode(SaveMode.Overwrite).parquet(output + "/indicators");
        errors.write().mode(SaveMode.Overwrite).parquet(output + "/errors");
        Dataset<Row> sheets = spark.read().format("zhibiao").option("output", "sheets").load(inputs)
                .where(col("error").isNull());
        sheets.write().mode(SaveMode.Overwrite).parquet(output + "/sheets");
        Counts c = new Counts(spark.read().parquet(output + "/sheets").count(),
                spark.read().parquet(output + "/indicators").count(), spark.read().parquet(output + "/errors").count());
        indicators.unpersist();
        return c;
    }
}
