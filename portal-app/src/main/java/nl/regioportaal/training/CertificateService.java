package nl.regioportaal.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.region.RegionSettings;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.pdf.PortalPdf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certificates: the PDF for its holder (and region-wide staff), and the public check of a
 * certificate code on {@code /certificaat/<code>}, which anyone may do without logging in.
 */
@Service
public class CertificateService {

    /** Lookups a minute from one address; the next is refused. */
    static final int MAX_LOOKUPS_PER_MINUTE = 20;

    /** A certificate as a file to download. */
    public record CertificateFile(String fileName, byte[] pdf) {}

    /** What the public check answers: the certificate's facts, nothing else, or why not. */
    public sealed interface Verification {
        record Valid(String name, String course, LocalDate completedOn, LocalDate validUntil) implements Verification {}

        record NotFound() implements Verification {}

        record TooManyLookups() implements Verification {}
    }

    private final CompletionRepository completions;
    private final EnrolmentRepository enrolments;
    private final CertificateLookupRepository lookups;
    private final RegionDirectory directory;
    private final RegionSettings region;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String publicUrl;

    CertificateService(
            CompletionRepository completions,
            EnrolmentRepository enrolments,
            CertificateLookupRepository lookups,
            RegionDirectory directory,
            RegionSettings region,
            CurrentUser currentUser,
            AccessPolicy access,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.completions = completions;
        this.enrolments = enrolments;
        this.lookups = lookups;
        this.directory = directory;
        this.region = region;
        this.currentUser = currentUser;
        this.access = access;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // no gap locks: lookups inserting at the same moment as the clean-up deleting old rows do not deadlock
        this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The certificate of a completion as a tagged PDF (the person, the process supervisor or an administrator). */
    @Transactional(readOnly = true)
    public CertificateFile certificate(long completionId) {
        PortalUser user = currentUser.require();
        Completion c =
                completions.findById(completionId).orElseThrow(() -> new AccessDeniedException("no such certificate"));
        access.require(access.maySeeCertificatesOf(user, c.getPersonId()), "certificate of someone else");
        String name = directory
                .person(c.getPersonId())
                .map(PersonSummary::displayName)
                .orElse("");
        Optional<CourseSession> session = Optional.ofNullable(c.getEnrolmentId())
                .flatMap(enrolments::findById)
                .map(Enrolment::getSession);
        Course course = c.getCourse();
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content(
                region.issuer(),
                name,
                course.getTitle(),
                course.getProvider(),
                session.map(CourseSession::getTrainerName).orElse(null),
                course.getHours(),
                session.map(s -> s.getDates().stream()
                                .map(d -> d.getStartsAt().toLocalDate())
                                .distinct()
                                .toList())
                        .orElse(List.of()),
                c.getCompletedOn(),
                c.getValidUntil(),
                CertificateCode.display(c.getCertificateCode()),
                publicUrl + "certificaat/" + CertificateCode.display(c.getCertificateCode())));
        return new CertificateFile(PortalPdf.fileName("certificaat", course.getTitle(), name), pdf);
    }

    /**
     * The public check, without login: the holder's name, the course and the dates, or "not found"
     * (an unknown code, or a certificate erased with its holder's data). More than
     * {@value #MAX_LOOKUPS_PER_MINUTE} lookups a minute from one address are refused, counted in the
     * database so that the limit holds on every portal node: each lookup is committed on its own
     * before counting, so of any lookups at the same time the 21st to commit sees at least 21.
     */
    public Verification verify(String typedCode, String address) {
        Instant now = clock.instant();
        String from = address == null ? "?" : address.length() > 64 ? address.substring(0, 64) : address;
        ownTransaction.executeWithoutResult(st -> lookups.save(new CertificateLookup(from, now)));
        try {
            ownTransaction.executeWithoutResult(st -> lookups.deleteOlderThan(now.minus(Duration.ofHours(1))));
        } catch (PessimisticLockingFailureException busy) {
            // housekeeping only: a lookup at the same moment holds the rows; the next lookup clears them
        }
        Long recent = ownTransaction.execute(
                st -> lookups.countByAddressAndLookedUpAtAfter(from, now.minus(Duration.ofMinutes(1))));
        if (recent != null && recent > MAX_LOOKUPS_PER_MINUTE) {
            return new Verification.TooManyLookups();
        }
        String code = CertificateCode.normalise(typedCode);
        // erasure deletes the completions, so an erased person's code is simply unknown
        return ownTransaction.execute(st -> completions
                .findByCertificateCode(code)
                .flatMap(c -> SystemAuthentication.call(() -> directory.person(c.getPersonId()))
                        .map(p -> (Verification) new Verification.Valid(
                                p.displayName(), c.getCourse().getTitle(), c.getCompletedOn(), c.getValidUntil())))
                .orElse(new Verification.NotFound()));
    }
}
