package nl.regioportaal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.notify.MailLog;
import nl.regioportaal.notify.Notice;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.notify.NotificationService;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A plugin's notice is rendered from the plugin's own bundles in each recipient's language, in-app and by mail. */
class PluginNoticeTextsTest extends ServiceTest {

    @Autowired
    PluginRuntime runtime;

    @Autowired
    NotificationService notifications;

    @Autowired
    NoticesInFlight inFlight;

    @Autowired
    AccountService accounts;

    @Autowired
    MailLog mailLog;

    @Autowired
    RegionDirectory directory;

    @Autowired
    PluginService plugins;

    @Test
    void theSamePluginNoticeReachesAnEnglishAndADutchReaderInTheirLanguage() {
        users.login("admin");
        boolean installedHere = plugins.find("caseload").isEmpty();
        if (installedHere) {
            plugins.install("plugin-caseload.jar", TestPlugins.upload("caseload"), null);
        }
        PortalUser dutch = users.login("manager.leusden");
        PortalUser english = users.login("teamleider.soest");
        accounts.setPreferredLanguage("en");
        try {
            var notifier = runtime.active("caseload").orElseThrow().context().notifier();
            SystemAuthentication.run(() -> {
                notifier.notify(english.personId(), "caseload.reminder", "plugin/caseload", "Team Taal", "2031-01");
                notifier.notify(dutch.personId(), "caseload.reminder", "plugin/caseload", "Team Taal", "2031-01");
            });
            inFlight.awaitRecorded();

            users.login("teamleider.soest");
            assertThat(notifications.noticesOf(english.personId(), "plugin.caseload"))
                    .extracting(Notice::subject, Notice::body)
                    .contains(tuple(
                            "Please enter the caseload of 2031-01",
                            "The caseload of Team Taal for 2031-01 has not been entered yet."));
            users.login("manager.leusden");
            assertThat(notifications.noticesOf(dutch.personId(), "plugin.caseload"))
                    .extracting(Notice::subject)
                    .contains("Caseload 2031-01 nog invoeren");

            String email = SystemAuthentication.call(() -> directory.person(english.personId()))
                    .orElseThrow()
                    .email();
            users.login("admin");
            await().pollInSameThread()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> mailLog.received().stream()
                            .anyMatch(m -> m.recipient().contains(email)
                                    && m.subject().equals("Please enter the caseload of 2031-01")
                                    && m.text().contains("Dear ")));
        } finally {
            users.login("teamleider.soest");
            accounts.setPreferredLanguage("nl");
            if (installedHere) {
                users.login("admin");
                plugins.uninstall("caseload", true);
            }
        }
    }
}
