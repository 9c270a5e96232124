package nl.regioportaal.training;

import static nl.regioportaal.training.TrainingFixtures.loginAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.PersonalDataService;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionSettings;
import nl.regioportaal.region.RegionSettings.Logo;
import nl.regioportaal.region.RegionSettings.Settings;
import nl.regioportaal.training.CertificateService.CertificateFile;
import nl.regioportaal.training.CertificateService.Verification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificate: a tagged PDF issued by the region (with its logo), and the public check of its
 * code (found, unknown, erased, rate limited).
 */
class CertificateServiceTest extends ServiceTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    AttendanceService attendance;

    @Autowired
    AttendanceFixtures fixtures;

    @Autowired
    CompletionRepository completions;

    @Autowired
    RegionDirectory directory;

    @Autowired
    RegionSettings region;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    List<PersonSummary> pros;

    @BeforeEach
    void setUp() {
        users.login("admin");
        pros = TrainingFixtures.professionals(directory);
    }

    @Test
    void theCertificateIsATaggedPdfFromTheRegionWithProviderTrainerHoursDatesAndItsCode() throws IOException {
        PersonSummary coach = pros.get(18);
        LocalDate first = LocalDate.now(clock).minusDays(14);
        AttendanceFixtures.Made made = fixtures.session(
                "Certificaat", List.of(first.atTime(9, 0), first.plusWeeks(1).atTime(9, 0)), List.of(coach));
        long completion = complete(made);
        users.login("admin");
        Settings before = region.settings();
        region.save(new Settings(before.name(), new Logo(png(), null), before.version()));
        try {
            loginAs(coach);
            CertificateFile file = certificates.certificate(completion);
            String slug = made.courseTitle().toLowerCase().replace(' ', '-');
            assertThat(file.fileName()).startsWith("certificaat-" + slug + "-").endsWith(".pdf");
            String code = CertificateCode.display(codeOf(completion));
            try (PDDocument pdf = Loader.loadPDF(file.pdf())) {
                assertThat(pdf.getNumberOfPages()).isOne();
                assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
                assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(pdf.getDocumentInformation().getTitle()).contains(made.courseTitle());
                List<String> tags = new ArrayList<>();
                List<String> alts = new ArrayList<>();
                walk(pdf.getDocumentCatalog().getStructureTreeRoot(), tags, alts);
                assertThat(tags).startsWith("Document").contains("H1", "P", "Figure");
                assertThat(alts).contains("Logo " + before.name());
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text)
                        .contains("Certificaat", "Uitgegeven door " + before.name(), coach.displayName())
                        .contains(made.courseTitle(), "Aanbieder: Lumens", "Trainer: Jeroen de Trainer")
                        .contains("Studiebelasting: 6,5 uur")
                        .contains("Afgerond op", "geldig tot en met")
                        .contains("Certificaatcode " + code)
                        .contains("/certificaat/" + code);
            }
        } finally {
            users.login("admin");
            region.save(
                    new Settings(before.name(), before.logo(), region.settings().version()));
        }
        loginAs(pros.get(19));
        assertThatThrownBy(() -> certificates.certificate(completion)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCodeVerifiesOnThePublicCheckWithNameCourseAndDatesOnly() {
        PersonSummary coach = pros.get(20);
        LocalDate day = LocalDate.now(clock).minusDays(5);
        AttendanceFixtures.Made made = fixtures.session("Controle", List.of(day.atTime(9, 0)), List.of(coach));
        String code = codeOf(complete(made));
        users.logout();

        Verification answer = certificates.verify(CertificateCode.display(code), address());
        assertThat(answer)
                .isEqualTo(new Verification.Valid(coach.displayName(), made.courseTitle(), day, day.plusMonths(24)));
        // as typed from paper: lower case, without hyphens, with spaces
        assertThat(certificates.verify(" " + code.toLowerCase().replaceAll("(.{4})", "$1 "), address()))
                .isInstanceOf(Verification.Valid.class);
    }

    @Test
    void anUnknownCodeOrTheCodeOfAnErasedPersonIsNotFound() {
        assertThat(certificates.verify("ABCD-EFGH-JKMN-PQRS", address())).isInstanceOf(Verification.NotFound.class);
        assertThat(certificates.verify("", address())).isInstanceOf(Verification.NotFound.class);
        assertThat(certificates.verify("x".repeat(500), address())).isInstanceOf(Verification.NotFound.class);

        long person = fixtures.newProfessional("Gewist");
        PersonSummary erased = directory.person(person).orElseThrow();
        AttendanceFixtures.Made made = fixtures.session(
                "Wissen", List.of(LocalDate.now(clock).minusDays(3).atTime(9, 0)), List.of(erased));
        String code = codeOf(complete(made));
        assertThat(certificates.verify(code, address())).isInstanceOf(Verification.Valid.class);

        users.login("admin");
        personalData.erase(person);
        users.logout();
        assertThat(certificates.verify(code, address())).isInstanceOf(Verification.NotFound.class);
    }

    @Test
    void theTwentyFirstLookupInAMinuteFromOneAddressIsRefused() {
        String address = address();
        for (int i = 0; i < CertificateService.MAX_LOOKUPS_PER_MINUTE; i++) {
            assertThat(certificates.verify("ONBEKEND" + i, address)).isInstanceOf(Verification.NotFound.class);
        }
        assertThat(certificates.verify("ONBEKEND", address)).isInstanceOf(Verification.TooManyLookups.class);
        // another address is not held back by this one
        assertThat(certificates.verify("ONBEKEND", address())).isInstanceOf(Verification.NotFound.class);
    }

    /**
     * Lookups at the same moment (as from two portal nodes sharing the database): each is committed
     * before it counts, so never more than 20 get an answer, however they interleave.
     */
    @Test
    void lookupsAtTheSameMomentNeverGetMoreThanTwentyAnswers() throws Exception {
        String address = address();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Verification>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                answers.add(pool.submit(() -> certificates.verify("ONBEKEND", address)));
            }
            long refused = 0;
            for (Future<Verification> answer : answers) {
                if (answer.get(60, TimeUnit.SECONDS) instanceof Verification.TooManyLookups) {
                    refused++;
                }
            }
            assertThat(refused).isGreaterThanOrEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The trainer marks everyone present at every day part: the course is completed. */
    private long complete(AttendanceFixtures.Made made) {
        users.login("trainer");
        made.dayParts().forEach(d -> attendance.markEveryonePresent(made.sessionId(), d));
        return tx.execute(st -> completions
                .findByEnrolmentId(made.enrolments().getFirst())
                .orElseThrow()
                .getId());
    }

    private String codeOf(long completionId) {
        return tx.execute(st -> completions.findById(completionId).orElseThrow().getCertificateCode());
    }

    /** An address of its own per test (TEST-NET-3 style), so the counts of other tests never interfere. */
    private static String address() {
        return "203.0.113." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void walk(PDStructureNode node, List<String> tags, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                if (e.getAlternateDescription() != null) {
                    alts.add(e.getAlternateDescription());
                }
                walk(e, tags, alts);
            }
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1a, 0x4f, 0xa0));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
