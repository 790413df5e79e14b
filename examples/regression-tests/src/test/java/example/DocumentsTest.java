package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhibiao.Sheet;
import dev.zhibiao.read.Zhibiao;
import dev.zhibiao.testkit.Score;
import dev.zhibiao.testkit.ZhibiaoTestkit;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per document in {@code src/test/resources/documents}: a document ({@code notice.txt},
 * {@code notice.pdf}, {@code notice.docx}, …) with its answer key next to it ({@code notice.json},
 * Sheet JSON) is read with zhibiao and scored against the key. The test fails when the score falls
 * below the document's floor in {@code floors.properties} (indicator F1, default 1.0), so a zhibiao
 * upgrade that reads your documents worse fails your build.
 */
class DocumentsTest {
    static final Path DOCUMENTS = Path.of("src/test/resources/documents");

    @TestFactory
    Stream<DynamicTest> everyDocumentReadsAtLeastAsWellAsItsFloor() throws IOException {
        Properties floors = new Properties();
        Path floorsFile = DOCUMENTS.resolve("floors.properties");
        if (Files.exists(floorsFile)) {
            try (Reader r = Files.newBufferedReader(floorsFile)) {
                floors.load(r);
            }
        }
        List<Path> documents;
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            documents = files.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".properties"))
                    .filter(p -> Files.exists(key(p))).sorted().toList();
        }
        assertTrue(!documents.isEmpty(), "no document with an answer key in " + DOCUMENTS);
        return documents.stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
            List<Sheet> read = Zhibiao.read(doc);
            Score score = ZhibiaoTestkit.score(read, ZhibiaoTestkit.answerKey(key(doc)));
            double floor = Double.parseDouble(floors.getProperty(doc.getFileName().toString(), "1.0"));
            assertTrue(score.f1() >= floor && score.targets() >= floor && score.header() >= floor,
                    () -> score + " is below the floor " + floor + "\n" + String.join("\n", score.problems()));
        }));
    }

    private static Path key(Path document) {
        String name = document.getFileName().toString();
        int dot = name.indexOf('.');
        return document.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".json");
    }
}
