package nl.regioportaal.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.PortalHttp;
import nl.regioportaal.audit.ui.AuditView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security log: a failed login, a lock, a login, a logout (through the real filter chain) and a
 * refused page each write exactly one line {@code security event=…} with who and from where.
 */
class SecurityEventsTest extends KaribuTest {

    private static final String ACCOUNT = "aanbieder.mee";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger securityLog = (Logger) LoggerFactory.getLogger("nl.regioportaal.security.audit");

    @BeforeEach
    void captureTheSecurityLog() {
        log.start();
        securityLog.addAppender(log);
        unlock();
    }

    @AfterEach
    void stopCapturing() {
        securityLog.detachAppender(log);
        unlock();
    }

    @Test
    void aFailedLoginIsOneLineWithTheNameAndTheAddressButNoPassword() throws Exception {
        PortalHttp http = new PortalHttp(port);

        http.login(PortalHttp.browser(), ACCOUNT, "geheimgeraden");

        assertThat(lines("login-failed"))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("security event=login-failed user=" + ACCOUNT + " reason=")
                        .containsPattern("remote=[0-9a-f.:]+$")
                        .doesNotContain("geheimgeraden"));
        assertThat(lines("login")).isEmpty();
    }

    @Test
    void theFifthFailureLocksTheAccountInOneLineAndLoginAndLogoutAreLoggedToo() throws Exception {
        PortalHttp http = new PortalHttp(port);
        for (int i = 0; i < 5; i++) {
            http.login(PortalHttp.browser(), ACCOUNT, "fout" + i);
        }
        assertThat(lines("login-failed")).hasSize(5);
        assertThat(lines("locked"))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("security event=locked user=" + ACCOUNT + " until="));
        unlock();

        HttpClient browser = PortalHttp.browser();
        http.login(browser, ACCOUNT, "demo");
        assertThat(lines("login"))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).matches("security event=login user=" + ACCOUNT + " remote=[0-9a-f.:]+"));
        String csrf = PortalHttp.csrfOf(http.get(browser, "/").body());
        browser.send(
                http.request("/logout")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(PortalHttp.form("_csrf", csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(lines("logout"))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("security event=logout user=" + ACCOUNT));
    }

    @Test
    void aRefusedPageIsOneLineWithWhoAndWhere() {
        login("trainer");

        assertRefused(AuditView.class);

        assertThat(lines("access-refused"))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .isEqualTo(
                                "security event=access-refused kind=route user=trainer path=beheer/audit reason=role"));
        assertThat(log.list)
                .filteredOn(e -> e.getFormattedMessage().startsWith("security event=access-refused"))
                .singleElement()
                .satisfies(e -> assertThat(e.getKeyValuePairs())
                        .extracting(kv -> kv.key + "=" + kv.value)
                        .containsExactly(
                                "event.action=access-refused",
                                "labels.kind=route",
                                "user.name=trainer",
                                "url.path=beheer/audit",
                                "event.reason=role"));
    }

    /** The lines of one event, in order. */
    private List<String> lines(String event) {
        return log.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith("security event=" + event + " "))
                .toList();
    }

    private void unlock() {
        jdbc.update("update account set failed_attempts = 0, locked_until = null where username = ?", ACCOUNT);
    }
}
