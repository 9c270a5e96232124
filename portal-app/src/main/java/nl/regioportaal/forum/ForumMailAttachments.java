package nl.regioportaal.forum;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportaal.notify.MailAttachments;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.security.UserProfileProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The agenda as PDF with a meeting's invitation and its update, made as the recipient sees it: a
 * member the whole agenda, a guest only their part without confidential items.
 */
@Component
class ForumMailAttachments implements MailAttachments {

    private static final Set<String> WITH_AGENDA = Set.of("forum.agenda-published", "forum.meeting-changed");
    private static final Pattern MEETING_LINK = Pattern.compile("overleg/vergadering/(\\d+)");

    private final ForumDocuments documents;
    private final MeetingRepository meetings;
    private final ForumStandings standings;
    private final UserProfileProvider profiles;
    private final CurrentUser currentUser;

    ForumMailAttachments(
            ForumDocuments documents,
            MeetingRepository meetings,
            ForumStandings standings,
            UserProfileProvider profiles,
            CurrentUser currentUser) {
        this.documents = documents;
        this.meetings = meetings;
        this.standings = standings;
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Attachment> attachmentFor(String kind, String link, long recipientPersonId, Locale locale) {
        Matcher m = MEETING_LINK.matcher(link);
        if (!WITH_AGENDA.contains(kind) || !m.matches()) {
            return Optional.empty();
        }
        long meetingId = Long.parseLong(m.group(1));
        return profiles.profileOf(recipientPersonId).flatMap(person -> {
            try {
                byte[] pdf = SystemAuthentication.callAs(person, () -> {
                    Meeting meeting = meetings.findById(meetingId).orElseThrow();
                    boolean guest = standings.inMeeting(currentUser.require(), meeting) == ForumStanding.GUEST;
                    return documents.agendaPdf(meetingId, guest, locale);
                });
                return Optional.of(new Attachment("agenda-" + meetingId + ".pdf", "application/pdf", pdf));
            } catch (AccessDeniedException e) {
                // no longer invited (e.g. removed from the forum before the mail went out): no agenda
                return Optional.empty();
            }
        });
    }
}
