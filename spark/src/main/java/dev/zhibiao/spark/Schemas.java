package dev.zhibiao.spark;

import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The four outputs of the {@code zhibiao} data source and their schemas. Numbers of the model
 * (target values, amounts, weights, scores) are {@code decimal(38,12)}: 26 digits before the point
 * and 12 after, far beyond any sheet's money or percentages; the text each came from is always kept
 * beside it ({@code value}, {@code target}, {@code actual}), so a number out of that range (null)
 * loses nothing.
 */
public enum Schemas {
    /** One row per indicator, the flat table of {@code zhibiao extract --format csv} (the default). */
    INDICATORS,
    /** One row per sheet: header, funding, goals, indicators, remnants and diagnostics nested. */
    SHEETS,
    /** One row per diagnostic of a sheet. */
    DIAGNOSTICS,
    /** One row per file that could not be read: its path and why. */
    ERRORS;

    /** Precision and scale of every number. */
    static final DecimalType DECIMAL = DataTypes.createDecimalType(38, 12);

    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;

    /** The columns that start every indicator row and every sheet row: which file, which sheet. */
    private static final StructField[] FILE = {
        field("path", STRING, false), field("source", STRING, true), field("sheet", INT, true)};

    static final StructType INDICATOR_SCHEMA = struct(FILE, new StructField[] {
        field("sheet_page", INT, true), field("sheet_line", INT, true), field("kind", STRING, true),
        field("year", INT, true), field("project", STRING, true), field("region", STRING, true),
        field("funding_unit", STRING, true), field("funding_total", DECIMAL, true), field("indicator", INT, true),
        field("level1", STRING, true), field("level2", STRING, true), field("name", STRING, true),
        field("value", STRING, true), field("target", STRING, true), field("target_op", STRING, true),
        field("target_value", DECIMAL, true), field("target_unit", STRING, true), field("target_min", DECIMAL, true),
        field("target_max", DECIMAL, true), field("target_reference", STRING, true), field("actual", STRING, true),
        field("met", DataTypes.BooleanType, true), field("weight", DECIMAL, true), field("score", DECIMAL, true),
        field("direction", STRING, true), field("page", INT, true), field("line", INT, true),
        field("column", INT, true), field("error", STRING, true)});

    static final StructType LOCATOR = new StructType(new StructField[] {
        field("page", INT, true), field("line", INT, true), field("column", INT, true)});

    static final StructType NESTED_INDICATOR = new StructType(new StructField[] {
        field("level1", STRING, true), field("level2", STRING, true), field("name", STRING, true),
        field("value", STRING, true), field("target", STRING, true), field("mid_term_value", STRING, true),
        field("description", STRING, true), field("basis", STRING, true), field("actual", STRING, true),
        field("met", DataTypes.BooleanType, true), field("note", STRING, true), field("weight", DECIMAL, true),
        field("score", DECIMAL, true), field("direction", STRING, true), field("locator", LOCATOR, false)});

    static final StructType FUNDING_ITEM = new StructType(new StructField[] {
        field("label", STRING, false), field("amount", DECIMAL, true), field("mid_term_amount", DECIMAL, true),
        field("budget", DECIMAL, true), field("executed", DECIMAL, true), field("rate", DECIMAL, true)});

    static final StructType DIAGNOSTIC = new StructType(new StructField[] {
        field("code", STRING, false), field("message", STRING, false), field("locator", LOCATOR, false)});

    static final StructType SHEET_SCHEMA = struct(FILE, new StructField[] {
        field("locator", LOCATOR, true), field("kind", STRING, true), field("title", STRING, true),
        field("year", INT, true), field("project", STRING, true), field("region", STRING, true),
        field("parties", DataTypes.createMapType(STRING, STRING, true), true),
        field("attributes", DataTypes.createMapType(STRING, STRING, true), true),
        field("funding", new StructType(new StructField[] {
            field("unit", STRING, true), field("items", DataTypes.createArrayType(FUNDING_ITEM, false), false)}), true),
        field("spending_plan", DataTypes.createMapType(STRING, DECIMAL, true), true),
        field("goals", DataTypes.createArrayType(STRING, false), true),
        field("mid_term_goals", DataTypes.createArrayType(STRING, false), true),
        field("indicators", DataTypes.createArrayType(NESTED_INDICATOR, false), true),
        field("remnants", DataTypes.createArrayType(STRING, false), true),
        field("diagnostics", DataTypes.createArrayType(DIAGNOSTIC, false), true),
        field("error", STRING, true)});

    static final StructType DIAGNOSTIC_SCHEMA = struct(FILE, new StructField[] {
        field("code", STRING, false), field("message", STRING, false), field("page", INT, true),
        field("line", INT, true), field("column", INT, true)});

    static final StructType ERROR_SCHEMA = new StructType(new StructField[] {
        field("path", STRING, false), field("source", STRING, false), field("reason", STRING, false)});

    /** @return this output's schema */
    public StructType schema() {
        return switch (this) {
            case INDICATORS -> INDICATOR_SCHEMA;
            case SHEETS -> SHEET_SCHEMA;
            case DIAGNOSTICS -> DIAGNOSTIC_SCHEMA;
            case ERRORS -> ERROR_SCHEMA;
        };
    }

    /**
     * @param name an output's name, any case ({@code "indicators"}, {@code "sheets"} ...)
     * @return that output
     * @throws IllegalArgumentException naming the outputs when there is no such output
     */
    public static Schemas of(String name) {
        for (Schemas s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown output \"" + name + "\" (one of indicators, sheets, diagnostics, errors)");
    }

    /** @return the output's name as the {@code output} option takes it */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }

    private static StructType struct(StructField[] a, StructField[] b) {
        StructField[] all = new StructField[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return new StructType(all);
    }
}
