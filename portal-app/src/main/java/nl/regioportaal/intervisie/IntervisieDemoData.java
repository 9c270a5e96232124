package nl.regioportaal.intervisie;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.regioportaal.intervisie.IntervisieModel.GroupDraft;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.DemoDataCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo peer groups: the team leaders' group (with the Soest team leader; incident method) and the
 * professionals' group of the Baarn social team (with the Baarn neighbourhood coach; gossip
 * method), both rotating. Each had three sessions in the past twelve weeks (held, rated, one kept
 * lesson) and has the next three planned every four weeks.
 */
@Component
class IntervisieDemoData {

    static final String TEAM_LEADERS = "Intervisie teamleiders";
    static final String BAARN = "Intervisie sociaal team Baarn";

    private final PeerGroupService groups;
    private final PeerSessionService sessions;
    private final PeerSessionRepository sessionRows;
    private final MethodService methods;
    private final PeerMethodRepository methodRows;
    private final EvaluationRepository evaluations;
    private final SessionAttendance attendance;
    private final RegionDirectory directory;
    private final Clock clock;

    IntervisieDemoData(
            PeerGroupService groups,
            PeerSessionService sessions,
            PeerSessionRepository sessionRows,
            MethodService methods,
            PeerMethodRepository methodRows,
            EvaluationRepository evaluations,
            SessionAttendance attendance,
            RegionDirectory directory,
            Clock clock) {
        this.groups = groups;
        this.sessions = sessions;
        this.sessionRows = sessionRows;
        this.methods = methods;
        this.methodRows = methodRows;
        this.evaluations = evaluations;
        this.attendance = attendance;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onDemoData(DemoDataCreated event) {
        long soest = event.personOf("teamleider.soest");
        List<Long> leaders = new ArrayList<>(List.of(soest));
        directory.activeWithRole(Role.TEAM_LEADER).stream()
                .map(PersonSummary::id)
                .filter(id -> id != soest)
                .limit(5)
                .forEach(leaders::add);
        long baarn = event.personOf("wijkcoach.baarn");
        long baarnTeam =
                directory.person(baarn).orElseThrow().teamIds().iterator().next();
        List<Long> coaches = new ArrayList<>(List.of(baarn));
        directory.activeMembersOf(baarnTeam).stream()
                .filter(p -> p.roles().contains(Role.PROFESSIONAL) && p.id() != baarn)
                .map(PersonSummary::id)
                .limit(5)
                .forEach(coaches::add);
        group(TEAM_LEADERS, leaders, "incidentmethode", LocalTime.of(9, 30), "Gemeentehuis Soest, zaal 2");
        group(BAARN, coaches, "roddelmethode", LocalTime.of(13, 0), "Sociaal team Baarn, overlegruimte");
    }

    private void group(String name, List<Long> members, String methodCode, LocalTime at, String place) {
        long groupId = groups.createGroup(new GroupDraft(name, Facilitation.ROTATING, null, 30, members));
        MethodVersion method = methods.currentVersion(
                methodRows.findByCode(methodCode).orElseThrow().getId());
        LocalDate today = LocalDate.now(clock);
        List<PeerSession> planned = new ArrayList<>();
        for (int i = -3; i <= 2; i++) {
            LocalDate day = today.plusWeeks(4L * i + (i < 0 ? 0 : 1));
            planned.add(sessions.plan(groupId, method, LocalDateTime.of(day, at), place));
        }
        sessions.proposeRoles(groupId);
        for (PeerSession s : planned.subList(0, 3)) {
            s.markHeld();
            attendance.held(s);
            int k = 0;
            for (long person : members.subList(0, 4)) {
                Evaluation e = new Evaluation(s.getId(), person);
                e.rate(3 + (k++ + s.getId().intValue()) % 3, null);
                evaluations.save(e);
            }
        }
        planned.get(2)
                .recordNotes(
                        null,
                        "Vraag eerst wat het gezin zelf al geprobeerd heeft voordat we hulp inzetten.",
                        true,
                        null);
        sessionRows.saveAll(planned);
    }
}
