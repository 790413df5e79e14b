/**
 * The Apache Spark data source {@code zhibiao}: {@code spark.read().format("zhibiao").load(paths)}
 * reads sheets from any Hadoop file system into DataFrames of indicators, sheets, diagnostics or
 * unreadable files ({@link dev.zhibiao.spark.ZhibiaoSource}, {@link dev.zhibiao.spark.Schemas}).
 */
package dev.zhibiao.spark;
