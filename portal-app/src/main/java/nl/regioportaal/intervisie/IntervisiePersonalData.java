package nl.regioportaal.intervisie;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.regioportaal.shared.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intervisie's share of a person's data (AVG). {@code region.PersonalDataService} checks who may
 * ask; this class does no checks of its own.
 * <p>
 * <b>Export:</b> the groups the person belongs to or leads as fixed facilitator, their attendance
 * answers, the case questions they wrote (until retention deleted them) and their evaluations.
 * <p>
 * <b>Erasure:</b> answers, case questions, votes and evaluations are <b>deleted</b>; the person leaves
 * their groups, a group they led as fixed facilitator rotates, and their roles in coming sessions go to
 * others ({@link PeerGroupService#forget}). The roles they held in past sessions stay as the person's
 * id, which the region module turns into an anonymous placeholder (the rotation of the others depends
 * on that history).
 */
@Component
class IntervisiePersonalData implements PersonalData {

    record MembershipData(String group) {}

    record FacilitationData(String group) {}

    record AnswerData(long session, String answer) {}

    record CaseData(long session, String question) {}

    record EvaluationData(long session, int score, String remark) {}

    private final PeerGroupMemberRepository members;
    private final PeerGroupRepository groups;
    private final PeerGroupService groupService;
    private final SessionRsvpRepository answers;
    private final CaseQuestionRepository cases;
    private final CaseVoteRepository votes;
    private final EvaluationRepository evaluations;

    IntervisiePersonalData(
            PeerGroupMemberRepository members,
            PeerGroupRepository groups,
            PeerGroupService groupService,
            SessionRsvpRepository answers,
            CaseQuestionRepository cases,
            CaseVoteRepository votes,
            EvaluationRepository evaluations) {
        this.members = members;
        this.groups = groups;
        this.groupService = groupService;
        this.answers = answers;
        this.cases = cases;
        this.votes = votes;
        this.evaluations = evaluations;
    }

    @Override
    public String section() {
        return "intervisie";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "groups",
                members.findByPersonId(personId).stream()
                        .map(m -> new MembershipData(m.getGroup().getName()))
                        .toList());
        data.put(
                "facilitates",
                groups.findByFacilitatorPersonId(personId).stream()
                        .map(g -> new FacilitationData(g.getName()))
                        .toList());
        data.put(
                "answers",
                answers.findByPersonId(personId).stream()
                        .map(a -> new AnswerData(a.getSessionId(), a.getAnswer().name()))
                        .toList());
        data.put(
                "caseQuestions",
                cases.findByAuthorPersonId(personId).stream()
                        .map(c -> new CaseData(c.getSessionId(), c.getQuestion()))
                        .toList());
        data.put(
                "evaluations",
                evaluations.findByPersonId(personId).stream()
                        .map(e -> new EvaluationData(e.getSessionId(), e.getScore(), e.getRemark()))
                        .toList());
        return data;
    }

    @Override
    @Transactional
    public void erase(long personId) {
        votes.deleteByPersonId(personId);
        cases.deleteAll(cases.findByAuthorPersonId(personId));
        evaluations.deleteAll(evaluations.findByPersonId(personId));
        answers.deleteAll(answers.findByPersonId(personId));
        groupService.forget(personId);
    }
}
