package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.training.TrainingModel.MyCourse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A professional's own training as the demo leaves it: wijkcoach.baarn has only an expired Meldcode
 * certificate (no test leaves an open enrolment of theirs behind: the view tests cancel or use
 * courses of their own).
 */
class TrainingQueriesTest extends ServiceTest {

    @Autowired
    TrainingQueries queries;

    @Test
    void mandatoryCoursesOfTheDemoShowStateAndDeadline() {
        users.login("wijkcoach.baarn");
        List<MyCourse> mine = queries.myTraining().mandatory();
        assertThat(mine)
                .extracting(MyCourse::title)
                .contains(TrainingDemoData.MGV, TrainingDemoData.MELDCODE)
                .doesNotContain(TrainingDemoData.VERWIJSINDEX, TrainingDemoData.NAH);
        // the Meldcode certificate of two years ago has expired: expired, not "to do"
        assertThat(mine)
                .filteredOn(c -> c.title().equals(TrainingDemoData.MELDCODE))
                .singleElement()
                .satisfies(c -> assertThat(c.status().state()).isEqualTo(TrainingState.EXPIRED));
        assertThat(mine).allSatisfy(c -> assertThat(c.status().deadline()).isNotNull());
    }
}
