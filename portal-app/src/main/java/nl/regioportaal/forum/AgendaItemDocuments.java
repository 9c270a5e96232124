package nl.regioportaal.forum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import nl.regioportaal.forum.AgendaDocumentRepository.Listed;
import nl.regioportaal.security.AccessPolicy;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.ForumStanding;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.files.FileKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents per agenda item: the chair attaches them while the agenda is open (at most 10 MB, only
 * document and image kinds recognised by their content); members and the meeting's guests download
 * those of the items they may see — a guest never a confidential item's documents.
 */
@Service
@Transactional
public class AgendaItemDocuments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_PER_ITEM = 20;

    public record DocumentView(long id, long itemId, String fileName, long sizeBytes) {}

    public record Download(String fileName, String contentType, byte[] content) {}

    private final AgendaDocumentRepository documents;
    private final AgendaItemRepository items;
    private final MeetingGuestRepository guests;
    private final ForumStandings standings;
    private final CurrentUser currentUser;
    private final AccessPolicy access;
    private final Clock clock;

    AgendaItemDocuments(
            AgendaDocumentRepository documents,
            AgendaItemRepository items,
            MeetingGuestRepository guests,
            ForumStandings standings,
            CurrentUser currentUser,
            AccessPolicy access,
            Clock clock) {
        this.documents = documents;
        this.items = items;
        this.guests = guests;
        this.standings = standings;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /** Reads at most one byte more than allowed, so an oversized upload is refused without being held whole. */
    public long attach(long itemId, String fileName, InputStream in) {
        PortalUser user = currentUser.require();
        AgendaItem item = items.findById(itemId).orElseThrow();
        Meeting meeting = item.getMeeting();
        access.require(
                access.mayChairForum(
                        user, standings.inForum(user, item.getForum().getId())),
                "not the chair of this forum");
        if (meeting != null && !meeting.getStatus().agendaOpen()) {
            throw ValidationFailedException.of("document", "forum.error.meeting-not-open");
        }
        byte[] content;
        try {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = cleanName(fileName);
        if (content.length > MAX_BYTES) {
            throw ValidationFailedException.of("document", "forum.error.document-too-big");
        }
        if (name.isEmpty() || content.length == 0) {
            throw ValidationFailedException.of("document", "forum.error.document-empty");
        }
        FileKind kind = FileKind.of(name, content)
                .orElseThrow(() -> ValidationFailedException.of("document", "forum.error.document-type"));
        if (documents.countByItemId(itemId) >= MAX_PER_ITEM) {
            throw ValidationFailedException.of("document", "forum.error.too-many-documents");
        }
        return documents
                .save(new AgendaDocument(
                        item, name, kind.contentType(name), content, sha256(content), user.personId(), clock.instant()))
                .getId();
    }

    /** The documents of the meeting's items the user may see, per item (the user's standing read once). */
    @Transactional(readOnly = true)
    public Map<Long, List<DocumentView>> ofMeeting(long meetingId) {
        List<Listed> listed = documents.findByItemMeetingIdOrderByIdAsc(meetingId);
        if (listed.isEmpty()) {
            return Map.of();
        }
        Predicate<AgendaItem> visible = visibleTo(listed.getFirst().getItem().getMeeting());
        Map<Long, List<DocumentView>> byItem = new LinkedHashMap<>();
        for (Listed d : listed) {
            if (visible.test(d.getItem())) {
                byItem.computeIfAbsent(d.getItem().getId(), k -> new ArrayList<>())
                        .add(new DocumentView(d.getId(), d.getItem().getId(), d.getFileName(), d.getSizeBytes()));
            }
        }
        return byItem;
    }

    @Transactional(readOnly = true)
    public Download download(long documentId) {
        AgendaDocument d = documents.findById(documentId).orElseThrow();
        access.require(maySee(d.getItem()), "may not see this agenda item");
        return new Download(d.getFileName(), d.getContentType(), d.getContent());
    }

    public void remove(long documentId) {
        PortalUser user = currentUser.require();
        AgendaDocument d = documents.findById(documentId).orElseThrow();
        access.require(
                access.mayChairForum(
                        user, standings.inForum(user, d.getItem().getForum().getId())),
                "not the chair of this forum");
        // the documents of a held meeting belong to its record, as attach refuses new ones then
        Meeting meeting = d.getItem().getMeeting();
        if (meeting != null && !meeting.getStatus().agendaOpen()) {
            throw ValidationFailedException.of("document", "forum.error.meeting-not-open");
        }
        documents.delete(d);
    }

    /** The same rule as the agenda: members all, a guest the open items of their part of a published agenda. */
    private boolean maySee(AgendaItem item) {
        if (item.getMeeting() == null) {
            PortalUser user = currentUser.require();
            return access.mayReadForum(
                    user, standings.inForum(user, item.getForum().getId()));
        }
        return visibleTo(item.getMeeting()).test(item);
    }

    /** Which of the meeting's items the user may see; where they stand in it is looked up once. */
    private Predicate<AgendaItem> visibleTo(Meeting meeting) {
        PortalUser user = currentUser.require();
        ForumStanding standing = standings.inMeeting(user, meeting);
        if (!access.maySeeMeeting(user, standing, meeting.agendaOut())) {
            return item -> false;
        }
        Optional<MeetingGuest> guest = standing == ForumStanding.GUEST
                ? guests.findByMeetingIdAndPersonId(meeting.getId(), user.personId())
                : Optional.empty();
        return item -> access.maySeeAgendaItem(
                user,
                standing,
                item.isConfidential(),
                standing != ForumStanding.GUEST
                        || guest.map(g -> g.covers(item.getSection())).orElse(false));
    }

    /** The file's own name without any folder, control characters or more than 200 characters. */
    static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
