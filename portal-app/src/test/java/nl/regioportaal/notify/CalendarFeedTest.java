package nl.regioportaal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The personal feed over real HTTP (no login): owner's items only, 404 after revocation, 429 after 10 misses. */
class CalendarFeedTest extends ServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeed feed;

    @Autowired
    Notices notices;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFeedShowsOnlyTheOwnersItemsAndStopsAfterRevocation() throws Exception {
        PortalUser other = users.login("trainer");
        PortalUser me = users.login("teamleider.soest");
        String mine = "test-feed-" + UUID.randomUUID();
        String theirs = "test-feed-" + UUID.randomUUID();
        invite(me.personId(), mine, "Mijn bijeenkomst");
        invite(other.personId(), theirs, "Andermans bijeenkomst");
        inFlight.awaitRecorded();

        users.login("teamleider.soest");
        String url = feed.renewMine();
        String token = url.substring(url.indexOf("/kalender/") + "/kalender/".length(), url.length() - 4);
        assertThat(token.length()).as("256 random bits, base64url").isEqualTo(43);
        HttpResponse<String> ok = get("/kalender/" + token + ".ics");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ok.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events)
                .extracting(e -> e.getUid().orElseThrow().getValue())
                .anyMatch(uid -> uid.startsWith(mine))
                .noneMatch(uid -> uid.startsWith(theirs));
        assertThat(calendar.getComponent(Component.VTIMEZONE)).isPresent();

        String renewed = feed.renewMine();
        assertThat(get("/kalender/" + token + ".ics").statusCode())
                .as("old token after renewal")
                .isEqualTo(404);
        String newToken = renewed.substring(renewed.indexOf("/kalender/") + 10, renewed.length() - 4);
        assertThat(get("/kalender/" + newToken + ".ics").statusCode()).isEqualTo(200);
        feed.revokeMine();
        assertThat(get("/kalender/" + newToken + ".ics").statusCode()).isEqualTo(404);
        jdbc.update("delete from notify_feed_miss");
    }

    @Test
    void theEleventhWrongTokenInAMinuteGets429() throws Exception {
        jdbc.update("delete from notify_feed_miss");
        for (int i = 1; i <= 10; i++) {
            assertThat(get("/kalender/wrong" + i + ".ics").statusCode())
                    .as("miss " + i)
                    .isEqualTo(404);
        }
        assertThat(get("/kalender/wrong11.ics").statusCode()).isEqualTo(429);
        assertThat(jdbc.queryForObject("select count(*) from notify_feed_miss", Long.class))
                .as("counted in the database")
                .isEqualTo(10);
        jdbc.update("delete from notify_feed_miss");
        assertThat(get("/kalender/wrong12.ics").statusCode()).isEqualTo(404);
        jdbc.update("delete from notify_feed_miss");
    }

    @Test
    void aStrangersMissesDoNotBlockAValidFeedNorOtherClientsBehindTheSameBalancer() throws Exception {
        jdbc.update("delete from notify_feed_miss");
        users.login("wijkcoach.baarn");
        String url = feed.renewMine();
        String token = url.substring(url.indexOf("/kalender/") + "/kalender/".length(), url.length() - 4);
        try {
            // the balancer (here: loopback, a trusted proxy) passes on each client's own address
            for (int i = 1; i <= 10; i++) {
                assertThat(get("/kalender/guess" + i + ".ics", "203.0.113.7").statusCode())
                        .isEqualTo(404);
            }
            assertThat(get("/kalender/guess11.ics", "203.0.113.7").statusCode()).isEqualTo(429);
            assertThat(get("/kalender/" + token + ".ics", "203.0.113.7").statusCode())
                    .as("a valid token from the same address")
                    .isEqualTo(200);
            assertThat(get("/kalender/typo.ics", "198.51.100.2").statusCode())
                    .as("another client behind the same balancer")
                    .isEqualTo(404);
            assertThat(jdbc.queryForList("select distinct address from notify_feed_miss", String.class))
                    .containsExactlyInAnyOrder("203.0.113.7", "198.51.100.2");
        } finally {
            feed.revokeMine();
            jdbc.update("delete from notify_feed_miss");
        }
    }

    private void invite(long personId, String itemRef, String title) {
        LocalDateTime start = LocalDateTime.of(2031, 3, 12, 14, 0);
        CalendarInvite invite = new CalendarInvite(
                itemRef,
                title,
                "Amersfoort",
                "meldingen",
                List.of(new CalendarInvite.Slot(start, start.plusHours(2))),
                false);
        notices.publish(new InviteNotice(personId, Notices.key("test.feed", itemRef, personId, "1"), invite));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("X-Forwarded-For", forwardedFor)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    record InviteNotice(long recipientPersonId, String deliveryKey, CalendarInvite calendar) implements NoticeEvent {
        @Override
        public String kind() {
            return "test.feed";
        }

        @Override
        public String textKey() {
            return NoticeRequested.PLAIN;
        }

        @Override
        public List<String> params() {
            return List.of("Uitnodiging", calendar.title());
        }

        @Override
        public String link() {
            return null;
        }
    }
}
