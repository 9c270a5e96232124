package nl.regioportaal.devagenda;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.regioportaal.forum.DecisionRecorded;
import nl.regioportaal.notify.Channel;
import nl.regioportaal.notify.NoticeKinds;
import nl.regioportaal.notify.NoticeTextSource;
import nl.regioportaal.notify.Notices;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The one place the development agenda tells people something: followers hear of status changes,
 * new updates, late milestones and the forum's decisions, each kind with its own preference, as long as
 * they may still see the initiative ({@link Followers}). Internal notes never go into
 * a notice: the parameters are the initiative's title, the status and the update's plain text.
 * The status travels as its name and is put into the recipient's language when the notice is shown
 * or mailed, as the rest of the text is.
 */
@Component
class AgendaNotices implements NoticeKinds, NoticeTextSource {

    static final String STATUS_CHANGED = "devagenda.status-changed";
    static final String UPDATE_POSTED = "devagenda.update-posted";
    static final String MILESTONE_LATE = "devagenda.milestone-late";
    static final String DECISION_RECORDED = "devagenda.decision-recorded";

    private final Notices notices;
    private final Followers followers;

    AgendaNotices(Notices notices, Followers followers) {
        this.notices = notices;
        this.followers = followers;
    }

    static String link(Initiative initiative) {
        return "ontwikkelagenda/initiatief/" + initiative.getId();
    }

    /** Tells every follower who may still see the initiative, but the one who made the change. */
    void statusChanged(Initiative initiative, Long byPersonId) {
        for (long person : followers.toTell(initiative, byPersonId)) {
            publish(
                    person,
                    STATUS_CHANGED,
                    initiative,
                    UUID.randomUUID().toString(),
                    initiative.getTitle(),
                    initiative.getStatus().name());
        }
    }

    void updatePosted(Initiative initiative, Long byPersonId, String author, String plainText) {
        for (long person : followers.toTell(initiative, byPersonId)) {
            publish(
                    person,
                    UPDATE_POSTED,
                    initiative,
                    UUID.randomUUID().toString(),
                    initiative.getTitle(),
                    author,
                    plainText);
        }
    }

    /** Once per milestone, follower and due date, however often the daily job runs. */
    void milestoneLate(Milestone milestone) {
        Initiative initiative = milestone.getInitiative();
        LocalDate due = milestone.getDue();
        for (long person : followers.toTell(initiative, null)) {
            publish(
                    person,
                    MILESTONE_LATE,
                    initiative,
                    "milestone-" + milestone.getId() + "-" + due,
                    initiative.getTitle(),
                    milestone.getTitle(),
                    due.toString());
        }
    }

    /** Once per decision and follower, however often the forum's event is delivered. */
    void decisionRecorded(Initiative initiative, DecisionRecorded decision) {
        for (long person : followers.toTell(initiative, null)) {
            publish(
                    person,
                    DECISION_RECORDED,
                    initiative,
                    "decision-" + decision.itemId() + "-" + decision.reference(),
                    initiative.getTitle(),
                    decision.reference(),
                    decision.text());
        }
    }

    private void publish(long personId, String kind, Initiative initiative, String occasion, String... params) {
        String link = link(initiative);
        notices.publish(new AgendaNotice(
                personId,
                kind,
                "devagenda.notice." + kind.substring("devagenda.".length()),
                List.of(params),
                link,
                Notices.key(kind, link, personId, occasion)));
    }

    @Override
    public Map<String, Channel> defaults() {
        Map<String, Channel> d = new LinkedHashMap<>();
        d.put(STATUS_CHANGED, Channel.EMAIL);
        d.put(UPDATE_POSTED, Channel.EMAIL);
        d.put(MILESTONE_LATE, Channel.EMAIL);
        d.put(DECISION_RECORDED, Channel.EMAIL);
        return Collections.unmodifiableMap(d);
    }

    /**
     * A status change names the new status in the reader's words ("Lopend", "Running"): notify renders
     * per recipient and passes parameters as they are, so the name stored with the notice (also in
     * notices recorded before) is translated here.
     */
    @Override
    public Optional<String> text(String kind, String key, Locale locale, List<String> params) {
        if (!STATUS_CHANGED.equals(kind) || params.size() < 2 || !isStatus(params.get(1))) {
            return Optional.empty();
        }
        String status = PortalI18NProvider.translate("devagenda.status." + params.get(1), locale);
        return Optional.of(PortalI18NProvider.translate(key, locale, params.get(0), status));
    }

    private static boolean isStatus(String name) {
        for (InitiativeStatus s : InitiativeStatus.values()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String labelKey(String kind) {
        return "devagenda.notice." + kind.substring("devagenda.".length()) + ".label";
    }
}
