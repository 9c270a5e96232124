package nl.regioportaal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.shared.PeerSupervisionAttended;
import nl.regioportaal.training.PeerSupervisionService.HoursRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** Peer-supervision hours in the training record, from the event any module may publish. */
class PeerSupervisionServiceTest extends ServiceTest {

    @Autowired
    PeerSupervisionService peerSupervision;

    @Autowired
    TrainingQueries training;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void anAttendedSessionCountsOnceAsHoursThisYear() {
        long baarn = users.login("wijkcoach.baarn").personId();
        BigDecimal before = peerSupervision.myHours().hours();
        String ref = "test-session-" + UUID.randomUUID();

        events.publishEvent(new PeerSupervisionAttended(baarn, ref, LocalDate.now(clock), 90));
        events.publishEvent(new PeerSupervisionAttended(baarn, ref, LocalDate.now(clock), 90));

        assertThat(peerSupervision.myHours().hours()).isEqualByComparingTo(before.add(new BigDecimal("1.5")));
    }

    @Test
    void aCourseRequiringHoursShowsWhoIsShortInTheOverview() {
        long baarn = users.login("wijkcoach.baarn").personId();
        long course = training.myTraining().mandatory().getFirst().courseId();
        jdbc.update("update course set peer_supervision_hours_per_year = 50 where id = ?", course);
        try {
            assertThat(peerSupervision.myHours().required()).isEqualTo(50);
            assertThat(peerSupervision.myHours().isShort()).isTrue();

            users.login("procesbegeleider");
            assertThat(peerSupervision.hoursThisYear())
                    .filteredOn(r -> r.personId() == baarn)
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.required()).isEqualTo(50);
                        assertThat(r.isShort()).isTrue();
                    });
            users.login("teamleider.soest");
            assertThat(peerSupervision.hoursThisYear())
                    .extracting(HoursRow::personId)
                    .doesNotContain(baarn);
        } finally {
            jdbc.update("update course set peer_supervision_hours_per_year = null where id = ?", course);
        }
    }
}
