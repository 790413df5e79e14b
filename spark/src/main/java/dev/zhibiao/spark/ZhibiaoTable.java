package dev.zhibiao.spark;

import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The files a {@code zhibiao} load names, read in batch as one of the outputs. */
final class ZhibiaoTable implements SupportsRead {
    private final SourceOptions options;

    ZhibiaoTable(SourceOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "zhibiao(" + options.output().option() + ")";
    }

    @Override
    public StructType schema() {
        return options.output().schema();
    }

    @Override
    public Set<TableCapability> capabilities() {
        return EnumSet.of(TableCapability.BATCH_READ);
    }

    @Override
    public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
        SourceOptions merged = options.merge(scanOptions.asCaseSensitiveMap());
        return () -> new ZhibiaoScan(merged);
    }

    @Override
    public String toString() {
        return name();
    }
}
