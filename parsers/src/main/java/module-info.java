/**
 * zhibiao parsers: the readers of every rendering, the entry point {@code dev.zhibiao.read}
 * and the command line.
 *
 * <p>Only {@code dev.zhibiao.read} is API. {@code dev.zhibiao.parsers} (the readers) and
 * {@code dev.zhibiao.cli} (the command line, {@code java -m dev.zhibiao.parsers/dev.zhibiao.cli.Main})
 * are not exported.
 *
 * <p>tabula-java 1.0.5 has no module descriptor and no {@code Automatic-Module-Name}: its
 * module name {@code tabula} is derived from its file name, so its jar must keep the name
 * Maven gives it ({@code tabula-1.0.5.jar}) on the module path.
 */
module dev.zhibiao.parsers {
    requires transitive dev.zhibiao.core;
    requires static org.jspecify;
    requires java.xml;
    requires java.desktop;
    requires org.jsoup;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires tabula;

    exports dev.zhibiao.read;
}
