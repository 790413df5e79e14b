package dev.zhibiao.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The Spark data source {@code zhibiao}: reads a collection of sheets (PDF, Word, Excel, HTML, text
 * renderings) from any Hadoop file system into a DataFrame.
 *
 * <pre>{@code
 * Dataset<Row> indicators = spark.read().format("zhibiao").load("s3a://bucket/notices/");
 * Dataset<Row> sheets = spark.read().format("zhibiao").option("output", "sheets").load(paths);
 * Dataset<Row> errors = spark.read().format("zhibiao").option("output", "errors").load(paths);
 * }</pre>
 *
 * <p>Outputs ({@code output} option, {@link Schemas}): {@code indicators} (default, one row per
 * indicator, the columns of {@code zhibiao extract --format csv}), {@code sheets} (one row per
 * sheet, nested), {@code diagnostics} and {@code errors} (path, source, reason). A file that cannot
 * be read is a row of {@code errors}, and a row with only {@code path}, {@code source} and
 * {@code error} in {@code indicators} and {@code sheets}: it never fails the job. The other options
 * are listed on {@link SourceOptions}; the reader's limits are options by their names.
 */
public final class ZhibiaoSource implements TableProvider, DataSourceRegister {
    /** The name {@code spark.read().format(...)} takes. */
    public static final String SHORT_NAME = "zhibiao";

    /** Made by Spark (through {@code META-INF/services}) or by name. */
    public ZhibiaoSource() {
    }

    @Override
    public String shortName() {
        return SHORT_NAME;
    }

    @Override
    public StructType inferSchema(CaseInsensitiveStringMap options) {
        return new SourceOptions(options.asCaseSensitiveMap()).output().schema();
    }

    @Override
    public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
        return new ZhibiaoTable(new SourceOptions(properties));
    }

    @Override
    public String toString() {
        return "ZhibiaoSource";
    }
}
