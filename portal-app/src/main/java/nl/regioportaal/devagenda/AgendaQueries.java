package nl.regioportaal.devagenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.regioportaal.devagenda.AgendaModel.Change;
import nl.regioportaal.devagenda.AgendaModel.InitiativeDetail;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaModel.ThemeRollup;
import nl.regioportaal.devagenda.AgendaModel.ThemeView;
import nl.regioportaal.region.Municipality;
import nl.regioportaal.region.ProviderOrganisation;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.i18n.PortalFormats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What of the agenda the user may see: lists, one initiative, the roll-up, the changes since a date
 * and the Start cards. Every answer starts from {@link Initiatives#visible}, so a provider
 * representative's lists hold only what their organisation co-owns or has been shared, and internal
 * notes reach only those the access policy lets read them.
 */
@Service
@Transactional(readOnly = true)
public class AgendaQueries {

    private static final ZoneId AMSTERDAM = PortalFormats.AMSTERDAM;

    private final ThemeRepository themes;
    private final TimelineRepository timeline;
    private final Initiatives initiatives;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    AgendaQueries(
            ThemeRepository themes,
            TimelineRepository timeline,
            Initiatives initiatives,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.themes = themes;
        this.timeline = timeline;
        this.initiatives = initiatives;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** The themes the user may see: all for staff, for a provider those with an initiative shared with them. */
    public List<ThemeView> themes() {
        PortalUser user = currentUser.require();
        List<Long> reached = access.mayReadInternalNotes(user)
                ? null
                : initiatives.visible(user).stream()
                        .map(i -> i.getTheme().getId())
                        .distinct()
                        .toList();
        return themes.findAllByOrderByTitleAsc().stream()
                .filter(t -> reached == null || reached.contains(t.getId()))
                .map(t -> new ThemeView(
                        t.getId(),
                        t.getVersion(),
                        t.getTitle(),
                        t.getGoal(),
                        t.getLeadMunicipality().getId(),
                        t.getLeadMunicipality().getName()))
                .toList();
    }

    /** The initiatives the user may see, by theme and title. */
    public List<InitiativeRow> initiatives() {
        return initiatives.visible(currentUser.require()).stream()
                .map(initiatives::row)
                .toList();
    }

    public InitiativeDetail initiative(long id) {
        PortalUser user = currentUser.require();
        Initiative i = initiatives.seen(id);
        boolean staff = access.mayReadInternalNotes(user);
        List<String> participants = new ArrayList<>();
        i.getParticipatingMunicipalities().stream()
                .map(Municipality::getName)
                .sorted()
                .forEach(participants::add);
        i.getParticipatingProviders().stream()
                .map(ProviderOrganisation::getName)
                .sorted()
                .forEach(participants::add);
        return new InitiativeDetail(
                initiatives.row(i),
                i.getVersion(),
                i.getDescription(),
                i.getOwner().getId(),
                i.getCoOwner() == null ? null : i.getCoOwner().getId(),
                ids(i.getParticipatingProviders(), ProviderOrganisation::getId),
                ids(i.getParticipatingMunicipalities(), Municipality::getId),
                participants,
                ids(i.getSharedWith(), ProviderOrganisation::getId),
                i.getSharedWith().stream()
                        .map(ProviderOrganisation::getName)
                        .sorted()
                        .toList(),
                i.getLinks() == null
                        ? List.of()
                        : i.getLinks()
                                .lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList(),
                staff ? i.getInternalNotes() : null,
                i.getMilestones().stream().map(initiatives::milestone).toList(),
                timeline.findByInitiativeIdOrderByHappenedAtDescIdDesc(id).stream()
                        .map(Initiatives::timeline)
                        .toList(),
                i.getFollowers().contains(user.personId()),
                access.mayOwnInitiative(user, i.getOwner().getId()),
                access.mayPostInitiativeUpdate(user, i.scope()));
    }

    /** One roll-up per theme the user may see, then the region's over all of them (theme id null). */
    public List<ThemeRollup> rollup() {
        List<Initiative> visible = initiatives.visible(currentUser.require());
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Initiative>> byTheme = visible.stream()
                .collect(Collectors.groupingBy(i -> i.getTheme().getId(), LinkedHashMap::new, Collectors.toList()));
        List<ThemeRollup> result = new ArrayList<>();
        for (ThemeView theme : themes()) {
            result.add(Rollup.of(theme.id(), theme.title(), byTheme.getOrDefault(theme.id(), List.of()), today));
        }
        result.add(Rollup.of(null, null, visible, today));
        return result;
    }

    /** "What changed since the last meeting": the timeline entries since the date, of initiatives the user may see. */
    public List<Change> changesSince(LocalDate since) {
        Map<Long, Initiative> visible = initiatives.visible(currentUser.require()).stream()
                .collect(Collectors.toMap(Initiative::getId, Function.identity()));
        if (visible.isEmpty()) {
            return List.of();
        }
        Instant from = since.atStartOfDay(AMSTERDAM).toInstant();
        return timeline
                .findByInitiativeIdInAndHappenedAtGreaterThanEqualOrderByHappenedAtDesc(visible.keySet(), from)
                .stream()
                .map(e -> {
                    Initiative i = visible.get(e.getInitiative().getId());
                    return new Change(i.getId(), i.getTitle(), i.getTheme().getTitle(), Initiatives.timeline(e));
                })
                .toList();
    }

    /**
     * For Start: initiatives the user owns or follows that changed this week (since Monday); for a
     * provider representative, every initiative shared with their organisation.
     */
    public List<InitiativeRow> forStart() {
        PortalUser user = currentUser.require();
        List<Initiative> visible = initiatives.visible(user);
        if (!access.mayReadInternalNotes(user)) {
            return visible.stream().map(initiatives::row).toList();
        }
        Instant monday = LocalDate.now(clock)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(AMSTERDAM)
                .toInstant();
        return visible.stream()
                .filter(i -> !i.getChangedAt().isBefore(monday))
                .filter(i -> i.getFollowers().contains(user.personId())
                        || (user.municipalityId() != null
                                && access.mayOwnInitiative(user, i.getOwner().getId())))
                .sorted(Comparator.comparing(Initiative::getChangedAt).reversed())
                .map(initiatives::row)
                .toList();
    }

    private static <T> Set<Long> ids(Set<T> set, Function<T, Long> id) {
        return set.stream().map(id).collect(Collectors.toUnmodifiableSet());
    }
}
