package nl.regioportaal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.training.ComplianceExport;
import nl.regioportaal.training.ComplianceService;
import nl.regioportaal.training.ComplianceService.Rollup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Team leader, manager and process supervisor each see their scope; the XLSX has the screen's numbers. */
class ComplianceViewTest extends KaribuTest {

    @Autowired
    ComplianceService compliance;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"teamleider.soest, TEAM, 1", "manager.leusden, MUNICIPALITY, 1", "procesbegeleider, MUNICIPALITY, 7"})
    void overviewShowsTheScopeAndTheExportHasTheSameNumbers(String username, ComplianceService.Level level, int count)
            throws Exception {
        login(username);
        ComplianceView view = navigate(ComplianceView.class);
        List<Rollup> screen = GridKt._fetch(view.rollups, 0, 100);
        assertThat(screen).filteredOn(r -> r.level() == level).hasSize(count);
        assertThat(GridKt._size(view.matrix)).isPositive();

        byte[] xlsx = ComplianceExport.xlsx(compliance.all(view.filter()), Locale.of("nl"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = wb.getSheet("Samenvatting");
            assertThat(summary.getLastRowNum()).isEqualTo(screen.size());
            for (int i = 0; i < screen.size(); i++) {
                Row row = summary.getRow(i + 1);
                Rollup r = screen.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(r.name());
                assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(r.required());
                assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(r.compliant());
                assertThat(row.getCell(4).getNumericCellValue())
                        .isEqualTo(r.percent().doubleValue());
            }
            assertThat(wb.getSheet("Medewerkers").getLastRowNum()).isEqualTo(GridKt._size(view.matrix));
        }
        String csv = new String(
                ComplianceExport.csv(compliance.all(view.filter()), Locale.of("nl")), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains(screen.getFirst().name() + ";" + screen.getFirst().required() + ";"
                        + screen.getFirst().compliant());
    }

    /** The XLSX opens in LibreOffice with the screen's numbers (CI installs LibreOffice; elsewhere skipped without it). */
    @Test
    void theXlsxOpensInLibreOfficeWithTheScreensNumbers() throws Exception {
        Path office = Path.of("/usr/bin/libreoffice");
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Files.isExecutable(office), "LibreOffice not installed");
        }
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        List<Rollup> screen = GridKt._fetch(view.rollups, 0, 100);
        Path dir = Files.createDirectories(Path.of("target/libreoffice"));
        Path xlsx = dir.resolve("scholingsoverzicht.xlsx");
        Files.write(xlsx, ComplianceExport.xlsx(compliance.all(view.filter()), Locale.of("nl")));
        Process p = new ProcessBuilder(
                        office.toString(),
                        "--headless",
                        "-env:UserInstallation=file://" + dir.toAbsolutePath() + "/profile",
                        "--convert-to",
                        "csv",
                        "--outdir",
                        dir.toString(),
                        xlsx.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(dir.resolve("scholingsoverzicht.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(screen.size() + 1);
        for (int i = 0; i < screen.size(); i++) {
            String[] cells = lines.get(i + 1).split(",");
            Rollup r = screen.get(i);
            assertThat(cells[1].replace("\"", "")).isEqualTo(r.name());
            assertThat(Long.parseLong(cells[2])).isEqualTo(r.required());
            assertThat(Long.parseLong(cells[3])).isEqualTo(r.compliant());
            assertThat(Double.parseDouble(cells[4])).isEqualTo(r.percent().doubleValue());
        }
    }

    @Test
    void drillDownFromTheRegionToAMunicipality() {
        login("procesbegeleider");
        ComplianceView view = navigate(ComplianceView.class);
        List<Rollup> rollups = GridKt._fetch(view.rollups, 0, 100);
        Rollup baarn = rollups.stream()
                .filter(r -> r.name().equals("Baarn"))
                .findFirst()
                .orElseThrow();
        GridKt._clickItem(view.rollups, rollups.indexOf(baarn));
        assertThat(view.municipality.getValue().name()).isEqualTo("Baarn");
        assertThat(GridKt._fetch(view.matrix, 0, 500))
                .allSatisfy(r -> assertThat(r.municipalityName()).isEqualTo("Baarn"));
        assertThat(GridKt._fetch(view.rollups, 0, 100).getFirst().required()).isEqualTo(baarn.required());
    }

    @Test
    void managerDrillsDownToAPersonOfTheMunicipality() {
        login("manager.leusden");
        ComplianceView view = navigate(ComplianceView.class);
        ComplianceService.Row first = GridKt._get(view.matrix, 0);
        GridKt._clickItem(view.matrix, 0);
        assertThat(view.person.isOpened()).isTrue();
        assertThat(view.person.getHeaderTitle()).startsWith(first.name());
    }

    @Test
    void professionalsTrainersAndProvidersAreRefused() {
        login("wijkcoach.baarn");
        assertRefused(ComplianceView.class);
        login("trainer");
        assertRefused(ComplianceView.class);
        login("aanbieder");
        assertRefused(ComplianceView.class);
    }
}
