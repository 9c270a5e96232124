package nl.regioportaal.devagenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.regioportaal.devagenda.AgendaModel.InitiativeRow;
import nl.regioportaal.devagenda.AgendaModel.MilestoneView;
import nl.regioportaal.devagenda.AgendaModel.TimelineView;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.AgendaReach;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import org.springframework.stereotype.Component;

/**
 * Loads initiatives for the services, always within the user's reach: the list from the query that
 * fits the reach (a provider's from the repository's shared-with query), one initiative only after
 * the access policy has seen it.
 */
@Component
class Initiatives {

    private final InitiativeRepository initiatives;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    Initiatives(InitiativeRepository initiatives, CurrentUser currentUser, AccessPolicy access, Clock clock) {
        this.initiatives = initiatives;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** Every initiative the user may see. */
    List<Initiative> visible(PortalUser user) {
        return switch (access.agendaReach(user)) {
            case AgendaReach.Everything e -> initiatives.everything();
            case AgendaReach.SharedWith s -> initiatives.sharedWith(s.providerId());
            case AgendaReach.Nothing n -> List.of();
        };
    }

    /** One initiative the current user may see, or a refusal. */
    Initiative seen(long id) {
        PortalUser user = currentUser.require();
        Initiative initiative =
                initiatives.findById(id).orElseThrow(() -> new IllegalArgumentException("initiative " + id));
        access.require(access.maySeeInitiative(user, initiative.scope()), "initiative not shared with you");
        return initiative;
    }

    /** One initiative the current user owns (may edit, share, plan), or a refusal. */
    Initiative owned(long id) {
        Initiative initiative = seen(id);
        access.require(
                access.mayOwnInitiative(
                        currentUser.require(), initiative.getOwner().getId()),
                "not an owner of this initiative");
        return initiative;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    InitiativeRow row(Initiative i) {
        return new InitiativeRow(
                i.getId(),
                i.getTheme().getId(),
                i.getTheme().getTitle(),
                i.getTitle(),
                i.getOwner().getName(),
                i.getCoOwner() == null ? null : i.getCoOwner().getName(),
                i.getStatus(),
                i.getPercentage(),
                i.getWeight(),
                i.getStart(),
                i.getEnd(),
                (int) i.lateMilestones(today()),
                i.getChangedAt());
    }

    MilestoneView milestone(Milestone m) {
        return new MilestoneView(m.getId(), m.getVersion(), m.getTitle(), m.getDue(), m.getDoneOn(), m.state(today()));
    }

    static TimelineView timeline(TimelineEntry e) {
        return new TimelineView(
                e.getId(),
                e.getKind(),
                e.getAuthorName(),
                e.getText(),
                e.getNewStatus(),
                e.getNewPercentage(),
                e.getReference(),
                e.getHappenedAt());
    }
}
