package dev.zhibiao.spark;

import dev.zhibiao.read.Zhibiao;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/** Made on the driver, sent to the executors: reads the files of a partition one at a time. */
final class DocumentReaderFactory implements PartitionReaderFactory {
    private static final long serialVersionUID = 1L;

    private final SourceOptions options;
    private final HadoopConf conf;

    DocumentReaderFactory(SourceOptions options, HadoopConf conf) {
        this.options = options;
        this.conf = conf;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
        return new DocumentReader(((ZhibiaoScan.FilePartition) partition).paths(), options.reader(), options.output(), conf);
    }

    @Override
    public String toString() {
        return "DocumentReaderFactory[" + options + "]";
    }

    /** The rows of a partition's files: one file is read (and held) at a time. */
    static final class DocumentReader implements PartitionReader<InternalRow> {
        private final String[] paths;
        private final Zhibiao.SheetReader reader;
        private final Schemas output;
        private final HadoopConf conf;
        private final Deque<InternalRow> pending = new ArrayDeque<>();
        private int next;
        private InternalRow current;

        DocumentReader(String[] paths, Zhibiao.SheetReader reader, Schemas output, HadoopConf conf) {
            this.paths = paths;
            this.reader = reader;
            this.output = output;
            this.conf = conf;
        }

        @Override
        public boolean next() {
            while (pending.isEmpty() && next < paths.length) {
                pending.addAll(Rows.of(output, FileReading.read(paths[next++], reader, conf.get())));
            }
            current = pending.poll();
            return current != null;
        }

        @Override
        public InternalRow get() {
            return current;
        }

        @Override
        public void close() {
            pending.clear();
        }

        @Override
        public String toString() {
            return "DocumentReader[" + next + " of " + paths.length + " files]";
        }
    }
}
