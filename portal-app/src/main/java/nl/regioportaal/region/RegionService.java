package nl.regioportaal.region;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.security.UserScope;
import nl.regioportaal.shared.BaseEntity;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of municipalities, teams and people. Administrators manage everything; a
 * municipality administrator only the teams and people of their own municipality. Every method
 * checks the role (here) and the object (through {@link AccessPolicy}), whatever screen called it.
 * <p>
 * A few lines over the 400-line rule (allow-listed in SourceRulesTest): to be split by entity
 * (municipalities and teams, people, providers) when the region model next changes.
 */
@Service
@Transactional
public class RegionService {

    /** Roles whose holders work in a team and so must belong to one. */
    static final Set<Role> TEAM_ROLES = EnumSet.of(Role.PROFESSIONAL, Role.TEAM_LEADER);

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final ProviderOrganisationRepository providers;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final Validator validator;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    RegionService(
            RegionRepository regions,
            MunicipalityRepository municipalities,
            TeamRepository teams,
            PersonRepository people,
            ProviderOrganisationRepository providers,
            CurrentUser currentUser,
            AccessPolicy policy,
            Validator validator,
            EntityManager entityManager,
            ApplicationEventPublisher events) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.teams = teams;
        this.people = people;
        this.providers = providers;
        this.currentUser = currentUser;
        this.policy = policy;
        this.validator = validator;
        this.entityManager = entityManager;
        this.events = events;
    }

    // ---- region -------------------------------------------------------------------------------

    /** Creates the region if there is none yet (first start); returns its id. */
    public long ensureRegion(String name) {
        requireAdmin();
        return regions.findFirstByOrderByIdAsc()
                .orElseGet(() -> regions.save(new Region(name)))
                .getId();
    }

    // ---- municipalities ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<MunicipalityForm> findMunicipalities(String text, Pageable pageable) {
        requireAdmin();
        Map<Long, Integer> teamCounts = teams.findAll().stream()
                .collect(Collectors.groupingBy(t -> t.getMunicipality().getId(), Collectors.summingInt(t -> 1)));
        return municipalities
                .findByNameContainingIgnoreCase(blankToEmpty(text), pageable)
                .map(m -> toForm(m, teamCounts.getOrDefault(m.getId(), 0)));
    }

    public long saveMunicipality(MunicipalityForm form) {
        requireAdmin();
        validate(form);
        String name = form.getName().trim();
        boolean taken = form.getId() == null
                ? municipalities.existsByNameIgnoreCase(name)
                : municipalities.existsByNameIgnoreCaseAndIdNot(name, form.getId());
        if (taken) {
            throw ValidationFailedException.of("name", "municipality.error.name-taken");
        }
        Municipality m;
        if (form.getId() == null) {
            Region region = regions.findFirstByOrderByIdAsc().orElseThrow();
            m = new Municipality(region, name, emptyToNull(form.getCode()));
        } else {
            m = loadForEdit(municipalities.findById(form.getId()).orElseThrow(), form.getVersion(), "municipality");
            m.setName(name);
            m.setCode(emptyToNull(form.getCode()));
        }
        return flush(municipalities.save(m), "municipality").getId();
    }

    // ---- teams ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<TeamForm> findTeams(String text, Long municipalityId, Pageable pageable) {
        Long scope = scopedMunicipality(municipalityId);
        return teams.search(scope, blankToEmpty(text), orDefault(pageable, Sort.by("municipality.name", "name")))
                .map(RegionService::toForm);
    }

    public long saveTeam(TeamForm form) {
        PortalUser user = requireAdminOf(
                form.getMunicipality() == null ? null : form.getMunicipality().id());
        validate(form);
        String name = form.getName().trim();
        long municipalityId = form.getMunicipality().id();
        boolean taken = form.getId() == null
                ? teams.existsByMunicipalityIdAndNameIgnoreCase(municipalityId, name)
                : teams.existsByMunicipalityIdAndNameIgnoreCaseAndIdNot(municipalityId, name, form.getId());
        if (taken) {
            throw ValidationFailedException.of("name", "team.error.name-taken");
        }
        Municipality municipality = municipalities.findById(municipalityId).orElseThrow();
        Team team;
        if (form.getId() == null) {
            team = new Team(municipality, name, form.getKind(), form.getCaseloadScope());
        } else {
            team = loadForEdit(teams.findById(form.getId()).orElseThrow(), form.getVersion(), "team");
            // a municipality administrator may not move someone else's team into their municipality
            requireAdminOf(user, team.getMunicipality().getId());
            team.setMunicipality(municipality);
            team.setName(name);
            team.setKind(form.getKind());
            team.setCaseloadScope(form.getCaseloadScope());
        }
        team.setActive(form.isActive());
        return flush(teams.save(team), "team").getId();
    }

    // ---- people -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<PersonForm> findPeople(String text, Long municipalityId, Long teamId, Pageable pageable) {
        Long scope = scopedMunicipality(municipalityId);
        return people.search(
                        scope, teamId, blankToEmpty(text), orDefault(pageable, Sort.by("lastName", "firstName", "id")))
                .map(RegionService::toForm);
    }

    @Transactional(readOnly = true)
    public PersonForm getPerson(long id) {
        PortalUser user = requireAnyAdmin();
        Person person = people.findWithDetailsById(id).orElseThrow();
        policy.require(policy.mayAdministerPerson(user, person.scope()), "not an administrator of this person");
        return toForm(person);
    }

    public long savePerson(PersonForm form) {
        PortalUser user = requireAdminOf(
                form.getMunicipality() == null ? null : form.getMunicipality().id());
        validate(form);
        Map<String, String> errors = new LinkedHashMap<>();
        String email = form.getEmail().trim().toLowerCase();
        boolean emailTaken = form.getId() == null
                ? people.existsByEmailIgnoreCase(email)
                : people.existsByEmailIgnoreCaseAndIdNot(email, form.getId());
        if (emailTaken) {
            errors.put("email", "person.error.email-taken");
        }
        if (form.getEndDate() != null
                && form.getStartDate() != null
                && form.getEndDate().isBefore(form.getStartDate())) {
            errors.put("endDate", "person.error.end-before-start");
        }
        if (!Collections.disjoint(form.getRoles(), TEAM_ROLES)
                && form.getTeams().isEmpty()) {
            errors.put("teams", "person.error.team-required");
        }
        if (form.getRoles().isEmpty()) {
            errors.put("roles", "person.error.role-required");
        }
        if (!policy.mayAssignRoles(user, form.getRoles())) {
            errors.put("roles", "person.error.role-not-allowed");
        }
        if (form.getMunicipality() != null
                && form.getTeams().stream()
                        .anyMatch(t ->
                                t.municipalityId() != form.getMunicipality().id())) {
            errors.put("teams", "person.error.team-other-municipality");
        }
        if (form.getMunicipality() == null && !form.getTeams().isEmpty()) {
            errors.put("municipality", "person.error.municipality-required");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }

        Person person;
        if (form.getId() == null) {
            person = new Person(form.getFirstName().trim(), form.getLastName().trim(), email, form.getStartDate());
        } else {
            person = loadForEdit(people.findWithDetailsById(form.getId()).orElseThrow(), form.getVersion(), "person");
            String before = person.getDisplayName();
            // someone with region-wide roles is managed by the region's administrators only
            policy.require(
                    policy.mayEditPerson(user, person.scope(), person.getRoles()),
                    "not an administrator of this person");
            if ((!person.getRoles().equals(form.getRoles()) || person.isActive() != form.isActive())
                    && !policy.mayChangeAccessOf(user, person.scope(), person.getRoles())) {
                throw ValidationFailedException.of(
                        person.isActive() != form.isActive() ? "active" : "roles", "person.error.own-access");
            }
            person.setFirstName(form.getFirstName().trim());
            person.setLastName(form.getLastName().trim());
            person.setEmail(email);
            person.setStartDate(form.getStartDate());
            if (!before.equals(person.getDisplayName())) {
                events.publishEvent(new PersonRenamed(person.getId(), person.getDisplayName()));
            }
        }
        person.setEndDate(form.getEndDate());
        person.setActive(form.isActive());
        person.setMunicipality(
                form.getMunicipality() == null
                        ? null
                        : municipalities.getReferenceById(form.getMunicipality().id()));
        person.setProvider(
                form.getProvider() == null
                        ? null
                        : providers.getReferenceById(form.getProvider().id()));
        person.setTeams(form.getTeams().stream()
                .map(t -> teams.getReferenceById(t.id()))
                .collect(Collectors.toSet()));
        person.setRoles(form.getRoles());
        return flush(people.save(person), "person").getId();
    }

    // ---- choices for forms and filters --------------------------------------------------------------

    /** Municipalities the current user may pick in administration: all for administrators, else their own. */
    @Transactional(readOnly = true)
    public List<MunicipalityRef> selectableMunicipalities() {
        PortalUser user = requireAnyAdmin();
        return municipalities.findAllByOrderByNameAsc().stream()
                .filter(m -> policy.mayAdministerMunicipality(user, m.getId()))
                .map(m -> new MunicipalityRef(m.getId(), m.getName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TeamRef> selectableTeams(Long municipalityId) {
        Long scope = scopedMunicipality(municipalityId);
        List<Team> found =
                scope == null ? teams.findAllByOrderByNameAsc() : teams.findByMunicipalityIdOrderByNameAsc(scope);
        return found.stream().map(TeamRef::of).toList();
    }

    @Transactional(readOnly = true)
    public List<ProviderRef> providers() {
        requireAnyAdmin();
        return providers.findAllByOrderByNameAsc().stream()
                .map(p -> new ProviderRef(p.getId(), p.getName()))
                .toList();
    }

    public Set<Role> assignableRoles() {
        return policy.assignableRoles(requireAnyAdmin());
    }

    /** For the demo seeder and imports: creates a provider organisation. */
    public long createProvider(String name) {
        requireAdmin();
        return providers.save(new ProviderOrganisation(name.trim())).getId();
    }

    // ---- checks and mapping ------------------------------------------------------------------------

    private PortalUser requireAdmin() {
        return currentUser.requireAnyRole(Role.ADMIN);
    }

    private PortalUser requireAnyAdmin() {
        return currentUser.requireAnyRole(Role.ADMIN, Role.MUNICIPALITY_ADMIN);
    }

    private PortalUser requireAdminOf(Long municipalityId) {
        PortalUser user = requireAnyAdmin();
        requireAdminOf(user, municipalityId);
        return user;
    }

    private void requireAdminOf(PortalUser user, Long municipalityId) {
        policy.require(
                policy.mayAdministerMunicipality(user, municipalityId), "not an administrator of this municipality");
    }

    /**
     * The municipality a search is limited to (null: all). A municipality administrator always
     * sees their own municipality, whatever filter was asked; asking for another one is refused.
     */
    private Long scopedMunicipality(Long requested) {
        PortalUser user = requireAnyAdmin();
        return switch (policy.administrationScope(user)) {
            case UserScope.Region r -> requested;
            case UserScope.Municipality m -> {
                policy.require(requested == null || requested == m.municipalityId(), "other municipality");
                yield m.municipalityId();
            }
            // a municipality administrator without a municipality administers nothing (not: everything)
            case UserScope.Teams t -> throw new AccessDeniedException("no municipality to administer");
            case UserScope.Own o -> throw new AccessDeniedException("no municipality to administer");
        };
    }

    /** The form's annotations (required, length), each as a message next to its field. */
    private void validate(Object form) {
        ValidationFailedException.throwIfInvalid(validator, form);
    }

    private static <E extends BaseEntity> E loadForEdit(E entity, long formVersion, String what) {
        if (entity.getVersion() != formVersion) {
            throw new ConcurrentEditException(what, null);
        }
        return entity;
    }

    private <E> E flush(E entity, String what) {
        try {
            entityManager.flush();
            return entity;
        } catch (OptimisticLockingFailureException | OptimisticLockException e) {
            throw new ConcurrentEditException(what, e);
        }
    }

    private static MunicipalityForm toForm(Municipality m, int teamCount) {
        MunicipalityForm f = new MunicipalityForm();
        f.setId(m.getId());
        f.setVersion(m.getVersion());
        f.setName(m.getName());
        f.setCode(Objects.requireNonNullElse(m.getCode(), ""));
        f.setTeamCount(teamCount);
        return f;
    }

    private static TeamForm toForm(Team t) {
        TeamForm f = new TeamForm();
        f.setId(t.getId());
        f.setVersion(t.getVersion());
        f.setMunicipality(new MunicipalityRef(
                t.getMunicipality().getId(), t.getMunicipality().getName()));
        f.setName(t.getName());
        f.setKind(t.getKind());
        f.setCaseloadScope(t.getCaseloadScope());
        f.setActive(t.isActive());
        return f;
    }

    static PersonForm toForm(Person p) {
        PersonForm f = new PersonForm();
        f.setId(p.getId());
        f.setVersion(p.getVersion());
        f.setFirstName(p.getFirstName());
        f.setLastName(p.getLastName());
        f.setEmail(p.getEmail());
        f.setMunicipality(
                p.getMunicipality() == null
                        ? null
                        : new MunicipalityRef(
                                p.getMunicipality().getId(), p.getMunicipality().getName()));
        f.setProvider(
                p.getProvider() == null
                        ? null
                        : new ProviderRef(
                                p.getProvider().getId(), p.getProvider().getName()));
        f.setTeams(p.getTeams().stream().map(TeamRef::of).collect(Collectors.toCollection(LinkedHashSet::new)));
        f.setRoles(p.getRoles());
        f.setStartDate(p.getStartDate());
        f.setEndDate(p.getEndDate());
        f.setActive(p.isActive());
        return f;
    }

    /** Grids that are not sorted by the user show a stable, natural order. */
    private static Pageable orDefault(Pageable pageable, Sort sort) {
        return pageable.getSort().isSorted() || pageable.isUnpaged()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
