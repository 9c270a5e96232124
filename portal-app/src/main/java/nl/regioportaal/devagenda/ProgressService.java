package nl.regioportaal.devagenda;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.html.RichText;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress: owners and the co-owner's representatives post updates (text, optionally a new status
 * or percentage) onto the timeline; anyone who may see an initiative follows it, and followers are
 * told of every new update and status change.
 */
@Service
@Transactional
public class ProgressService {

    private final Initiatives initiatives;
    private final TimelineRepository timeline;
    private final AgendaNotices notices;
    private final PrivacyGuard privacy;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    ProgressService(
            Initiatives initiatives,
            TimelineRepository timeline,
            AgendaNotices notices,
            PrivacyGuard privacy,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.initiatives = initiatives;
        this.timeline = timeline;
        this.notices = notices;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** Posts an update; a new status or percentage changes the initiative too. */
    public long postUpdate(long initiativeId, String text, InitiativeStatus newStatus, Integer newPercentage) {
        PortalUser user = currentUser.require();
        Initiative initiative = initiatives.seen(initiativeId);
        access.require(access.mayPostInitiativeUpdate(user, initiative.scope()), "may not post updates here");
        Map<String, String> errors = new LinkedHashMap<>();
        String plain = text == null ? "" : RichText.plainText(text).strip();
        if (plain.isEmpty() || text.length() > 10_000) {
            errors.put("text", "devagenda.error.update-text");
        } else if (!privacy.maySave(plain)) {
            errors.put("text", "devagenda.error.privacy");
        }
        if (newPercentage != null && (newPercentage < 0 || newPercentage > 100)) {
            errors.put("percentage", "devagenda.error.percentage");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        boolean statusChanged = newStatus != null && newStatus != initiative.getStatus();
        if (newStatus != null) {
            initiative.setStatus(newStatus);
        }
        if (newPercentage != null) {
            initiative.setPercentage(newPercentage);
        }
        TimelineEntry entry = timeline.save(
                new TimelineEntry(initiative, TimelineKind.UPDATE, RichText.sanitize(text), clock.instant())
                        .by(user.personId(), user.displayName())
                        .changing(newStatus, newPercentage));
        initiative.touched(clock.instant());
        notices.updatePosted(initiative, user.personId(), user.displayName(), plain);
        if (statusChanged) {
            notices.statusChanged(initiative, user.personId());
        }
        return entry.getId();
    }

    public void follow(long initiativeId) {
        PortalUser user = currentUser.require();
        initiatives.seen(initiativeId).getFollowers().add(user.personId());
    }

    public void unfollow(long initiativeId) {
        PortalUser user = currentUser.require();
        initiatives.seen(initiativeId).getFollowers().remove(user.personId());
    }
}
