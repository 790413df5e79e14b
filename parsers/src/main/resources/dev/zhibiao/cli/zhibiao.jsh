// zhibiao's JShell start-up: the API imported, and two helpers.
//   jshell> table(read("notice.txt"))      every sheet of a document as a table
//   jshell> var sheets = read("notice.txt"); sheets.get(0).indicators().forEach(System.out::println)
import dev.zhibiao.*;
import dev.zhibiao.read.*;
import java.nio.file.*;
import java.util.*;

/** Reads a document (any rendering zhibiao reads) into its sheets. */
List<Sheet> read(String file) throws java.io.IOException {
    return Zhibiao.read(Path.of(file));
}

/** Prints a sheet as text tables: header, money, goals, indicators with typed targets. */
void table(Sheet sheet) {
    System.out.print(sheet.toTable());
}

/** Prints every sheet as text tables, a blank line between them. */
void table(List<Sheet> sheets) {
    for (int i = 0; i < sheets.size(); i++) {
        System.out.print((i == 0 ? "" : "\n") + sheets.get(i).toTable());
    }
}
