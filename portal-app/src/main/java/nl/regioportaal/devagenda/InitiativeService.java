package nl.regioportaal.devagenda;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDraft;
import nl.regioportaal.devagenda.AgendaModel.ThemeDraft;
import nl.regioportaal.region.Municipality;
import nl.regioportaal.region.ProviderOrganisation;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes, initiatives, milestones and sharing: the owners' side of the agenda. Region-wide staff
 * keep the themes; an initiative is owned by its municipality (its manager, or region-wide staff).
 * Bad input comes back per field in Dutch with nothing saved; a stale version is refused.
 */
@Service
@Transactional
public class InitiativeService {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final ThemeRepository themes;
    private final InitiativeRepository initiativeRows;
    private final MilestoneRepository milestones;
    private final TimelineRepository timeline;
    private final Initiatives initiatives;
    private final AgendaNotices notices;
    private final Followers followers;
    private final EntityManager entities;
    private final PrivacyGuard privacy;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    InitiativeService(
            ThemeRepository themes,
            InitiativeRepository initiativeRows,
            MilestoneRepository milestones,
            TimelineRepository timeline,
            Initiatives initiatives,
            AgendaNotices notices,
            Followers followers,
            EntityManager entities,
            PrivacyGuard privacy,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.themes = themes;
        this.initiativeRows = initiativeRows;
        this.milestones = milestones;
        this.timeline = timeline;
        this.initiatives = initiatives;
        this.notices = notices;
        this.followers = followers;
        this.entities = entities;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    public boolean mayManageThemes() {
        return currentUser.get().map(access::mayManageAgendaThemes).orElse(false);
    }

    /** May the user start initiatives (of their own municipality, or any when region-wide)? */
    public boolean mayCreateInitiatives() {
        return currentUser
                .get()
                .map(u -> access.mayOwnInitiative(u, u.municipalityId()))
                .orElse(false);
    }

    /** May the user own initiatives of this municipality (for the import's report)? */
    public boolean mayOwnFor(Long municipalityId) {
        return currentUser
                .get()
                .map(u -> access.mayOwnInitiative(u, municipalityId))
                .orElse(false);
    }

    public long createTheme(ThemeDraft draft) {
        access.require(access.mayManageAgendaThemes(currentUser.require()), "may not manage themes");
        Map<String, String> errors = themeErrors(draft);
        if (errors.isEmpty() && themes.existsByTitleIgnoreCase(draft.title().strip())) {
            errors.put("title", "devagenda.error.theme-exists");
        }
        failOn(errors);
        return themes.save(new Theme(
                        draft.title().strip(), blankToNull(draft.goal()), municipality(draft.leadMunicipalityId())))
                .getId();
    }

    public void updateTheme(long themeId, long version, ThemeDraft draft) {
        access.require(access.mayManageAgendaThemes(currentUser.require()), "may not manage themes");
        Theme theme = themes.findById(themeId).orElseThrow();
        ConcurrentEditException.requireVersion(theme.getVersion(), version, "theme", themeId);
        failOn(themeErrors(draft));
        theme.change(draft.title().strip(), blankToNull(draft.goal()), municipality(draft.leadMunicipalityId()));
    }

    public long createInitiative(InitiativeDraft draft) {
        PortalUser user = currentUser.require();
        Map<String, String> errors = initiativeErrors(draft);
        if (errors.isEmpty() && initiativeExists(draft.themeId(), draft.title())) {
            errors.put("title", "devagenda.error.initiative-exists");
        }
        failOn(errors);
        access.require(access.mayOwnInitiative(user, draft.ownerMunicipalityId()), "may not own for this municipality");
        Initiative initiative = new Initiative(
                themes.findById(draft.themeId()).orElseThrow(),
                draft.title().strip(),
                municipality(draft.ownerMunicipalityId()),
                clock.instant());
        apply(initiative, draft);
        initiative.getFollowers().add(user.personId());
        initiativeRows.save(initiative);
        return initiative.getId();
    }

    /** Changes an initiative; a changed status or percentage goes onto the timeline and to the followers. */
    public void updateInitiative(long id, long version, InitiativeDraft draft) {
        PortalUser user = currentUser.require();
        Initiative initiative = initiatives.owned(id);
        ConcurrentEditException.requireVersion(initiative.getVersion(), version, "initiative", id);
        failOn(initiativeErrors(draft));
        access.require(access.mayOwnInitiative(user, draft.ownerMunicipalityId()), "may not own for this municipality");
        InitiativeStatus before = initiative.getStatus();
        int percentageBefore = initiative.getPercentage();
        initiative.setTheme(themes.findById(draft.themeId()).orElseThrow());
        initiative.setTitle(draft.title().strip());
        initiative.setOwner(municipality(draft.ownerMunicipalityId()));
        apply(initiative, draft);
        // a provider that is no longer co-owner stops following what it may no longer see
        followers.dropThoseWhoMayNoLongerSee(initiative);
        if (before != initiative.getStatus() || percentageBefore != initiative.getPercentage()) {
            timeline.save(new TimelineEntry(initiative, TimelineKind.STATUS, null, clock.instant())
                    .by(user.personId(), user.displayName())
                    .changing(initiative.getStatus(), initiative.getPercentage()));
        }
        if (before != initiative.getStatus()) {
            notices.statusChanged(initiative, user.personId());
        }
        initiative.touched(clock.instant());
    }

    /**
     * The owner decides with which provider organisations the initiative is shared (its co-owner always
     * sees it), from the version the owner saw; representatives of a provider it is no longer shared
     * with stop following it.
     */
    public void share(long id, long version, Set<Long> providerIds) {
        Initiative initiative = initiatives.owned(id);
        // another owner may have shared or edited since the dialog opened: theirs is not overwritten unseen
        ConcurrentEditException.requireVersion(initiative.getVersion(), version, "initiative", id);
        initiative.getSharedWith().clear();
        initiative.getSharedWith().addAll(providers(providerIds));
        followers.dropThoseWhoMayNoLongerSee(initiative);
        initiative.touched(clock.instant());
    }

    public long addMilestone(long initiativeId, String title, LocalDate due) {
        Initiative initiative = initiatives.owned(initiativeId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            errors.put("title", "devagenda.error.milestone-title");
        } else if (!privacy.maySave(title)) {
            errors.put("title", "devagenda.error.privacy");
        }
        if (due == null) {
            errors.put("due", "devagenda.error.milestone-due");
        }
        failOn(errors);
        Milestone milestone = new Milestone(initiative, title.strip(), due);
        initiative.getMilestones().add(milestone);
        initiative.touched(clock.instant());
        return milestones.save(milestone).getId();
    }

    public void setMilestoneDone(long milestoneId, boolean done) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow();
        Initiative initiative = initiatives.owned(milestone.getInitiative().getId());
        milestone.setDoneOn(done ? LocalDate.now(clock) : null);
        initiative.touched(clock.instant());
    }

    public void removeMilestone(long milestoneId) {
        Milestone milestone = milestones.findById(milestoneId).orElseThrow();
        Initiative initiative = initiatives.owned(milestone.getInitiative().getId());
        initiative.getMilestones().remove(milestone);
        initiative.touched(clock.instant());
    }

    /** Validation shared with the import: field → message key, empty when the draft is fine. */
    Map<String, String> initiativeErrors(InitiativeDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.themeId() == null || !themes.existsById(d.themeId())) {
            errors.put("theme", "devagenda.error.theme");
        }
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 200) {
            errors.put("title", "devagenda.error.title");
        } else if (!privacy.maySave(d.title())) {
            errors.put("title", "devagenda.error.privacy");
        }
        if (d.ownerMunicipalityId() == null || entities.find(Municipality.class, d.ownerMunicipalityId()) == null) {
            errors.put("owner", "devagenda.error.owner");
        }
        if (d.coOwnerProviderId() != null && entities.find(ProviderOrganisation.class, d.coOwnerProviderId()) == null) {
            errors.put("coOwner", "devagenda.error.co-owner");
        }
        if (d.status() == null) {
            errors.put("status", "devagenda.error.status");
        }
        if (d.percentage() == null || d.percentage() < 0 || d.percentage() > 100) {
            errors.put("percentage", "devagenda.error.percentage");
        }
        if (d.weight() != null && (d.weight() < 1 || d.weight() > 100)) {
            errors.put("weight", "devagenda.error.weight");
        }
        if (d.start() != null && d.end() != null && d.end().isBefore(d.start())) {
            errors.put("end", "devagenda.error.period");
        }
        if (d.description() != null && !privacy.maySave(RichText.plainText(d.description()))) {
            errors.put("description", "devagenda.error.privacy");
        }
        if (d.internalNotes() != null && !privacy.maySave(d.internalNotes())) {
            errors.put("internalNotes", "devagenda.error.privacy");
        }
        if (d.links() != null
                && (d.links().length() > 2000
                        || !d.links()
                                .lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .allMatch(l -> LINK.matcher(l).matches()))) {
            errors.put("links", "devagenda.error.links");
        }
        return errors;
    }

    /** Titles are unique per theme, whatever their case (the import checks every row with this first). */
    boolean initiativeExists(long themeId, String title) {
        return initiativeRows.existsByThemeIdAndTitleIgnoreCase(themeId, title.strip());
    }

    private void apply(Initiative initiative, InitiativeDraft d) {
        initiative.setDescription(
                d.description() == null || d.description().isBlank() ? null : RichText.sanitize(d.description()));
        initiative.setCoOwner(
                d.coOwnerProviderId() == null
                        ? null
                        : entities.find(ProviderOrganisation.class, d.coOwnerProviderId()));
        initiative.getParticipatingProviders().clear();
        initiative.getParticipatingProviders().addAll(providers(d.participatingProviderIds()));
        initiative.getParticipatingMunicipalities().clear();
        if (d.participatingMunicipalityIds() != null) {
            d.participatingMunicipalityIds()
                    .forEach(m -> initiative.getParticipatingMunicipalities().add(municipality(m)));
        }
        initiative.setStatus(d.status());
        initiative.setPercentage(d.percentage());
        initiative.setWeight(d.weight() == null ? 1 : d.weight());
        initiative.setPeriod(d.start(), d.end());
        initiative.setLinks(blankToNull(d.links()));
        initiative.setInternalNotes(blankToNull(d.internalNotes()));
    }

    private Map<String, String> themeErrors(ThemeDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.title() == null
                || draft.title().isBlank()
                || draft.title().strip().length() > 200) {
            errors.put("title", "devagenda.error.title");
        }
        if (draft.goal() != null && draft.goal().length() > 2000) {
            errors.put("goal", "devagenda.error.goal");
        }
        if (draft.leadMunicipalityId() == null
                || entities.find(Municipality.class, draft.leadMunicipalityId()) == null) {
            errors.put("lead", "devagenda.error.lead");
        }
        return errors;
    }

    private Municipality municipality(long id) {
        return entities.find(Municipality.class, id);
    }

    private Set<ProviderOrganisation> providers(Collection<Long> ids) {
        if (ids == null) {
            return Set.of();
        }
        return ids.stream()
                .map(id -> entities.find(ProviderOrganisation.class, id))
                .filter(p -> p != null)
                .collect(Collectors.toSet());
    }

    private static void failOn(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
