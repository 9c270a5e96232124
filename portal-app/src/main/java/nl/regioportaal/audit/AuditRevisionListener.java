package nl.regioportaal.audit;

import java.time.Clock;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.SystemAuthentication;
import org.hibernate.envers.RevisionListener;
import org.springframework.stereotype.Component;

/**
 * Stamps each revision with the portal's clock and the acting person. Work without a person behind
 * it (scheduled jobs, demo data, the portal at start) is recorded as "systeem". Envers obtains this
 * listener through Spring's bean container, so it is an ordinary bean.
 */
@Component
class AuditRevisionListener implements RevisionListener {

    private final Clock clock;
    private final CurrentUser currentUser;

    AuditRevisionListener(Clock clock, CurrentUser currentUser) {
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setChangedAt(clock.instant());
        PortalUser user = currentUser.get().orElse(null);
        if (user == null || user.personId() == 0) {
            revision.actedBy(null, SystemAuthentication.SYSTEM_USERNAME);
        } else {
            revision.actedBy(user.personId(), user.displayName());
        }
    }
}
