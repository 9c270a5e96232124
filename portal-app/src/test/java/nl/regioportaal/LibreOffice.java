package nl.regioportaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a spreadsheet the way a user's office suite would: LibreOffice headless converts its first
 * sheet to CSV, which the test then reads. A file LibreOffice cannot open yields no CSV.
 */
public final class LibreOffice {

    private static final Path OFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {}

    /** Writes {@code xlsx} as {@code name}.xlsx under target/libreoffice and returns the first sheet's CSV lines. */
    public static List<String> firstSheetAsCsv(String name, byte[] xlsx) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target/libreoffice"));
        Path file = dir.resolve(name + ".xlsx");
        Files.write(file, xlsx);
        Path csv = dir.resolve(name + ".csv");
        Files.deleteIfExists(csv);
        Process p = new ProcessBuilder(
                        OFFICE.toString(),
                        "--headless",
                        "-env:UserInstallation=file://" + dir.toAbsolutePath() + "/profile",
                        "--convert-to",
                        "csv",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }
}
