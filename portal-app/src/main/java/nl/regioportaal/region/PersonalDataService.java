package nl.regioportaal.region;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The AVG rights of staff: an export of everything the portal keeps about a person (for the person
 * themselves or their administrators) and erasure on request (administrators only). Every module
 * contributes its part through {@link PersonalData}.
 */
@Service
@Transactional
public class PersonalDataService {

    private static final int ERASE_ATTEMPTS = 3;

    private static final Logger AUDIT = LoggerFactory.getLogger("nl.regioportaal.security.audit");

    private final PersonRepository people;
    private final List<PersonalData> sections;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final Clock clock;
    private final TransactionTemplate tx;

    PersonalDataService(
            PersonRepository people,
            List<PersonalData> sections,
            CurrentUser currentUser,
            AccessPolicy policy,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.people = people;
        this.sections = sections;
        this.currentUser = currentUser;
        this.policy = policy;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> export(long personId) {
        PortalUser user = currentUser.require();
        Person person = people.findWithDetailsById(personId).orElseThrow();
        policy.require(policy.mayExportPersonalData(user, person.scope()), "not this person or their administrator");
        Map<String, Object> export = new LinkedHashMap<>();
        PersonForm form = RegionService.toForm(person);
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("firstName", form.getFirstName());
        own.put("lastName", form.getLastName());
        own.put("email", form.getEmail());
        own.put(
                "municipality",
                form.getMunicipality() == null ? null : form.getMunicipality().name());
        own.put("teams", form.getTeams().stream().map(TeamRef::name).sorted().toList());
        own.put("roles", form.getRoles().stream().map(Enum::name).sorted().toList());
        own.put(
                "provider",
                form.getProvider() == null ? null : form.getProvider().name());
        own.put("startDate", String.valueOf(form.getStartDate()));
        own.put("endDate", String.valueOf(form.getEndDate()));
        own.put("active", form.isActive());
        export.put("person", own);
        sections.forEach(section -> export.put(section.section(), section.export(personId)));
        AUDIT.info("personal data exported person={} by={}", personId, user.getUsername());
        return export;
    }

    /** Whether the current user may erase this person, so that a screen offers it only then. */
    @Transactional(readOnly = true)
    public boolean mayErase(long personId) {
        PortalUser user = currentUser.require();
        return people.findWithDetailsById(personId)
                .map(person -> policy.mayErasePersonalData(user, person.scope(), person.getRoles()))
                .orElse(false);
    }

    /**
     * Erases a person: every module removes its data, the person record stays as an anonymous,
     * inactive placeholder so that counts in history (e.g. past attendance) still add up.
     * <p>
     * All or nothing, in one transaction of its own. A mail to the person being sent at that moment
     * holds its outbox row, and MariaDB may pick the erasure as a deadlock's victim; the whole erasure
     * was rolled back then, so it is simply tried again (a few times) instead of failing the request.
     * A module that refuses ({@link PersonalData.NotErased}, e.g. a plugin that failed) rolls it all back.
     *
     * @return the parts that could not be reached now (plugins that are not running), by name, for the
     *     administrator; they erase once they are back; empty as a rule
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<String> erase(long personId) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(status -> eraseOnce(personId));
                List<String> outOfReach = sections.stream()
                        .flatMap(section -> section.outOfReach().stream())
                        .toList();
                if (!outOfReach.isEmpty()) {
                    AUDIT.warn("erasure of person={} did not reach {}", personId, outOfReach);
                }
                return outOfReach;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ERASE_ATTEMPTS) {
                    throw e;
                }
                AUDIT.info("erasure of person={} chosen as deadlock victim, attempt {} again", personId, attempt + 1);
            }
        }
    }

    private void eraseOnce(long personId) {
        PortalUser user = currentUser.require();
        Person person = people.findWithDetailsById(personId).orElseThrow();
        policy.require(
                policy.mayErasePersonalData(user, person.scope(), person.getRoles()),
                "not an administrator of this person, or erasing oneself");
        sections.forEach(section -> section.erase(personId));
        person.setFirstName("Verwijderde");
        person.setLastName("medewerker " + personId);
        person.setEmail("verwijderd-" + personId + "@verwijderd.invalid");
        person.setTeams(Set.of());
        person.setRoles(EnumSet.noneOf(Role.class));
        person.setProvider(null);
        LocalDate today = LocalDate.now(clock);
        person.setEndDate(today.isBefore(person.getStartDate()) ? person.getStartDate() : today);
        person.setActive(false);
        AUDIT.info("personal data erased person={} by={}", personId, user.getUsername());
    }
}
