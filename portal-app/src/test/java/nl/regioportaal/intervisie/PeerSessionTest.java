package nl.regioportaal.intervisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live timer's arithmetic: remaining time from the stored phase start, pauses and extensions. */
class PeerSessionTest {

    static final Instant T0 = Instant.parse("2027-03-11T08:30:00Z");

    @Test
    void theRemainingTimeFollowsFromThePhaseStartPausesAndExtensions() {
        PeerSession s = session();
        s.start(T0);
        assertThat(s.remainingSeconds(T0.plusSeconds(100))).isEqualTo(5 * 60 - 100);

        s.pause(T0.plusSeconds(100));
        assertThat(s.remainingSeconds(T0.plusSeconds(400)))
                .as("frozen while paused")
                .isEqualTo(200);
        s.resume(T0.plusSeconds(400));
        assertThat(s.getPhaseStartedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(s.remainingSeconds(T0.plusSeconds(450))).isEqualTo(150);

        s.extendOneMinute();
        assertThat(s.remainingSeconds(T0.plusSeconds(450))).isEqualTo(210);
        assertThat(s.remainingSeconds(T0.plusSeconds(700))).as("over time").isEqualTo(-40);
    }

    @Test
    void theNextPhaseStartsAfreshAndAfterTheLastTheSessionIsDone() {
        PeerSession s = session();
        s.start(T0);
        s.extendOneMinute();
        s.nextPhase(T0.plusSeconds(330));
        assertThat(s.getPhaseIndex()).isEqualTo(1);
        assertThat(s.getPhaseStartedAt()).isEqualTo(T0.plusSeconds(330));
        assertThat(s.remainingSeconds(T0.plusSeconds(330))).isEqualTo(15 * 60);
        s.nextPhase(T0.plusSeconds(2000));
        assertThat(s.getStatus()).isEqualTo(SessionStatus.DONE);
    }

    private static PeerSession session() {
        MethodVersion method = new MethodVersion(
                new PeerMethod("test"),
                1,
                "Test",
                "Test",
                true,
                List.of(
                        new MethodPhase("Een", "One", 5, Speaker.EVERYONE, "a", "a"),
                        new MethodPhase("Twee", "Two", 15, Speaker.GROUP, "b", "b")),
                T0);
        return new PeerSession(
                new PeerGroup("Groep", Facilitation.ROTATING, null, 30),
                method,
                LocalDateTime.of(2027, 3, 11, 9, 30),
                LocalDateTime.of(2027, 3, 11, 9, 50),
                null);
    }
}
