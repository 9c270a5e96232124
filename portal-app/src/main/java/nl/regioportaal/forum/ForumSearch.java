package nl.regioportaal.forum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.html.RichText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search across the agenda items, decisions and actions of the user's forums. Members find
 * everything of their forums; a guest only the items they may see on the agendas they are invited
 * to, never a confidential one; decisions and actions are for members only.
 */
@Service
@Transactional(readOnly = true)
public class ForumSearch {

    /** Results per kind are capped: a search is for finding, not for exporting. */
    static final int MAX_PER_KIND = 50;

    public enum HitKind {
        ITEM,
        DECISION,
        FOLLOW_UP
    }

    /** One result: where it is (forum, meeting — none for a backlog item) and what it says. */
    public record Hit(HitKind kind, String forumName, Long meetingId, String title, String text) {}

    private final ForumRepository forums;
    private final ForumMemberRepository members;
    private final MeetingGuestRepository guests;
    private final AgendaItemRepository items;
    private final DecisionRepository decisions;
    private final FollowUpRepository followUps;
    private final ForumStandings standings;
    private final CurrentUser currentUser;
    private final AccessPolicy access;

    ForumSearch(
            ForumRepository forums,
            ForumMemberRepository members,
            MeetingGuestRepository guests,
            AgendaItemRepository items,
            DecisionRepository decisions,
            FollowUpRepository followUps,
            ForumStandings standings,
            CurrentUser currentUser,
            AccessPolicy access) {
        this.forums = forums;
        this.members = members;
        this.guests = guests;
        this.items = items;
        this.decisions = decisions;
        this.followUps = followUps;
        this.standings = standings;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** Everything whose text contains every one of the words (case-insensitive); nothing for no words. */
    public List<Hit> search(String query) {
        PortalUser user = currentUser.require();
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Set<Long> memberOf = readableForums(user);
        List<Hit> hits = new ArrayList<>(guestItems(user, memberOf, words));
        if (memberOf.isEmpty()) {
            return hits;
        }
        String first = "%" + words.getFirst() + "%";
        items.findMatching(memberOf, first).stream()
                .filter(i -> matches(words, i.getTitle(), plain(i.getExplanation()), plain(i.getMinutesNotes())))
                .limit(MAX_PER_KIND)
                .forEach(i -> hits.add(itemHit(i)));
        decisions.findMatching(memberOf, first).stream()
                .filter(d -> matches(words, d.getText()))
                .limit(MAX_PER_KIND)
                .forEach(d -> hits.add(new Hit(
                        HitKind.DECISION,
                        d.getForum().getName(),
                        d.getMeeting().getId(),
                        d.getReference(),
                        d.getText())));
        followUps.findMatching(memberOf, first).stream()
                .filter(f -> matches(words, f.getDescription()))
                .limit(MAX_PER_KIND)
                .forEach(f -> hits.add(new Hit(
                        HitKind.FOLLOW_UP,
                        f.getForum().getName(),
                        f.getMeeting().getId(),
                        f.getDescription(),
                        f.getToWhom() == null ? "" : f.getToWhom())));
        return hits;
    }

    /** The forums the user reads in full: region-wide staff all, anyone else those they are a member of. */
    private Set<Long> readableForums(PortalUser user) {
        Collection<Long> candidates = access.mayCreateForums(user)
                ? forums.findAll().stream().map(Forum::getId).toList()
                : members.findByPersonId(user.personId()).stream()
                        .map(m -> m.getForum().getId())
                        .toList();
        return candidates.stream()
                .filter(id -> access.mayReadForum(user, standings.inForum(user, id)))
                .collect(Collectors.toSet());
    }

    /** Items of published agendas the user is a guest at, as far as the access policy lets a guest see them. */
    private List<Hit> guestItems(PortalUser user, Set<Long> memberOf, List<String> words) {
        List<Hit> hits = new ArrayList<>();
        for (MeetingGuest guest : guests.findByPersonId(user.personId())) {
            Meeting meeting = guest.getMeeting();
            if (memberOf.contains(meeting.getForum().getId())
                    || !access.maySeeMeeting(user, ForumStanding.GUEST, meeting.agendaOut())) {
                continue;
            }
            for (AgendaItem item : items.findByMeetingId(meeting.getId())) {
                boolean inGuestPart = item.getSection() != null && guest.covers(item.getSection());
                if (access.maySeeAgendaItem(user, ForumStanding.GUEST, item.isConfidential(), inGuestPart)
                        && matches(words, item.getTitle(), plain(item.getExplanation()))) {
                    hits.add(itemHit(item));
                }
            }
        }
        return hits;
    }

    private static Hit itemHit(AgendaItem i) {
        return new Hit(
                HitKind.ITEM,
                i.getForum().getName(),
                i.getMeeting() == null ? null : i.getMeeting().getId(),
                i.getTitle() == null ? "" : i.getTitle(),
                plain(i.getExplanation()));
    }

    static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .map(w -> w.replaceAll("[%_\\\\]", ""))
                .filter(w -> w.length() >= 2)
                .toList();
    }

    private static boolean matches(List<String> words, String... texts) {
        String all = Arrays.stream(texts)
                .filter(t -> t != null)
                .collect(Collectors.joining(" "))
                .toLowerCase(Locale.ROOT);
        return words.stream().allMatch(all::contains);
    }

    private static String plain(String html) {
        return html == null ? "" : RichText.plainText(html);
    }
}
