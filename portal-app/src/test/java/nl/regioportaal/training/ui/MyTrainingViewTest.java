package nl.regioportaal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.training.TrainingModel.CertificateInfo;
import nl.regioportaal.training.TrainingModel.MyCourse;
import nl.regioportaal.training.TrainingState;
import org.junit.jupiter.api.Test;

class MyTrainingViewTest extends KaribuTest {

    @Test
    void professionalSeesMandatoryCoursesWithStateAndDeadlineAndTheCertificateHistory() {
        login("wijkcoach.baarn");
        MyTrainingView view = navigate(MyTrainingView.class);
        List<MyCourse> mandatory = GridKt._fetch(view.mandatory, 0, 50);
        assertThat(mandatory)
                .extracting(MyCourse::title)
                .contains("Motiverende gespreksvoering", "Meldcode huiselijk geweld en kindermishandeling");
        assertThat(mandatory).allSatisfy(c -> assertThat(c.status().deadline()).isNotNull());
        // shown as text in the grid cell, the colour only repeats it
        MyCourse meldcode = mandatory.stream()
                .filter(c -> c.title().startsWith("Meldcode"))
                .findFirst()
                .orElseThrow();
        // the demo's expired certificate; no test leaves an open Meldcode enrolment of wijkcoach.baarn behind
        assertThat(meldcode.status().state()).isEqualTo(TrainingState.EXPIRED);
        assertThat(GridKt._getFormattedRow(view.mandatory, mandatory.indexOf(meldcode))
                        .get(2))
                .isEqualTo(TrainingUi.date(meldcode.status().deadline()));
        List<CertificateInfo> certificates = GridKt._fetch(view.certificates, 0, 50);
        assertThat(certificates)
                .filteredOn(c -> c.courseTitle().startsWith("Meldcode"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.current()).isFalse());
    }

    @Test
    void rolesWithoutOwnTrainingAreRefused() {
        login("trainer");
        assertRefused(MyTrainingView.class);
        login("manager.leusden");
        assertRefused(MyTrainingView.class);
    }
}
