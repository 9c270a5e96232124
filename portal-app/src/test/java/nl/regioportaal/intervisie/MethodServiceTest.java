package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.intervisie.IntervisieModel.MethodDraft;
import nl.regioportaal.intervisie.IntervisieModel.MethodView;
import nl.regioportaal.intervisie.IntervisieModel.PhaseDraft;
import nl.regioportaal.intervisie.IntervisieModel.SessionDraft;
import nl.regioportaal.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class MethodServiceTest extends ServiceTest {

    @Autowired
    MethodService methods;

    @Autowired
    PeerSessionService sessions;

    @Autowired
    IntervisieFixtures fixtures;

    @Autowired
    Clock clock;

    @Test
    void theLibraryShipsTheIncidentMethodWithItsPhaseTimesAndThreeOthersInBothLanguages() {
        users.login("wijkcoach.baarn");
        List<MethodView> library = methods.methods();

        assertThat(library)
                .extracting(MethodView::code)
                .contains("incidentmethode", "roddelmethode", "balint", "moreel-beraad");
        MethodView incident = byCode(library, "incidentmethode");
        assertThat(incident.phases())
                .extracting(PhaseDraft::nameEn, PhaseDraft::minutes)
                .containsExactly(
                        tuple("Review of previous advice", 5),
                        tuple("Bring and choose a case", 15),
                        tuple("Questions only", 15),
                        tuple("Analysis without the case bringer", 10),
                        tuple("Advice round", 10),
                        tuple("Evaluation", 10));
        assertThat(incident.groupChooses()).isTrue();
        assertThat(library)
                .allSatisfy(m -> assertThat(m.phases()).allSatisfy(p -> {
                    assertThat(p.instructionNl()).isNotBlank();
                    assertThat(p.instructionEn()).isNotBlank().isNotEqualTo(p.instructionNl());
                }));
    }

    @Test
    void theProcessSupervisorAddsEditsAndRetiresAPlannedSessionKeepsItsVersion() {
        String code = "test-" + ForumFixtures.uniqueCode().toLowerCase();
        users.login("procesbegeleider");
        long method = methods.addMethod(draft(code, 20));
        long group = fixtures.group(4, "teamleider.soest");
        users.login("teamleider.soest");
        long planned = sessions.planSession(
                group,
                new SessionDraft(method, LocalDateTime.now(clock).plusDays(5).withNano(0), null));

        users.login("procesbegeleider");
        methods.editMethod(method, draft(code, 45));
        methods.setRetired(method, true);

        users.login("teamleider.soest");
        MethodView kept = methods.version(sessions.session(planned).methodVersionId());
        assertThat(kept.number()).isEqualTo(1);
        assertThat(kept.phases()).extracting(PhaseDraft::minutes).containsExactly(20);
        MethodView current = byCode(methods.methods(), code);
        assertThat(current.number()).isEqualTo(2);
        assertThat(current.retired()).isTrue();
        assertThat(methods.activeMethods()).extracting(MethodView::code).doesNotContain(code);
        assertThatThrownBy(() -> sessions.planSession(
                        group, new SessionDraft(method, LocalDateTime.now(clock).plusDays(6), null)))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("method", "intervisie.error.method-retired"));
    }

    @Test
    void othersMayNotChangeTheLibraryAndBadPhasesAreRefused() {
        users.login("teamleider.soest");
        assertThatThrownBy(() -> methods.addMethod(draft("eigen", 10))).isInstanceOf(AccessDeniedException.class);
        users.login("procesbegeleider");
        assertThatThrownBy(() -> methods.addMethod(draft("nul-minuten", 0)))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("phases", "intervisie.error.phase"));
        assertThatThrownBy(() -> methods.addMethod(draft("incidentmethode", 10)))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("code", "intervisie.error.method-code-taken"));
    }

    private static MethodDraft draft(String code, int minutes) {
        return new MethodDraft(
                code,
                "Stilte-methode",
                "Silence method",
                false,
                List.of(new PhaseDraft(
                        "Stilte", "Silence", minutes, Speaker.EVERYONE, "Zwijg samen.", "Be silent together.")));
    }

    private static MethodView byCode(List<MethodView> list, String code) {
        return list.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
