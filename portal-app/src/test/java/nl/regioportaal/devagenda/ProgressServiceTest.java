package nl.regioportaal.devagenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.devagenda.AgendaModel.TimelineView;
import nl.regioportaal.notify.NoticesInFlight;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ProgressServiceTest extends ServiceTest {

    @Autowired
    ProgressService progress;

    @Autowired
    InitiativeService agenda;

    @Autowired
    AgendaQueries queries;

    @Autowired
    AgendaFixtures fixtures;

    @Autowired
    NoticesInFlight notices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AgendaNotices noticeTexts;

    /**
     * Acceptance: the Lumens representative posts an update with a new status on an initiative Lumens
     * co-owns; its followers get the notice in the portal and by mail, the author does not.
     */
    @Test
    void anUpdateOnACoOwnedInitiativeReachesTheFollowersInAppAndByMail() {
        long id =
                fixtures.initiative(fixtures.theme(), InitiativeStatus.PREPARATION, 10, 1, fixtures.provider("Lumens"));
        long leusden = fixtures.personOf("manager.leusden");
        long supervisor = fixtures.personOf("procesbegeleider");
        users.login("manager.leusden");
        progress.follow(id);
        users.login("aanbieder");
        progress.follow(id);
        long lumens = fixtures.personOf("aanbieder");

        progress.postUpdate(id, "<p>De eerste groep is gestart.</p>", InitiativeStatus.RUNNING, 35);

        String title = queries.initiative(id).row().title();
        users.login("admin"); // reads anyone's notices (audits)
        for (long follower : new long[] {leusden, supervisor}) {
            assertThat(notices.noticesOf(follower, AgendaNotices.UPDATE_POSTED)).anySatisfy(n -> {
                assertThat(n.subject()).isEqualTo("Update: " + title);
                assertThat(n.body()).contains("De eerste groep is gestart.");
                assertThat(n.link()).isEqualTo("ontwikkelagenda/initiatief/" + id);
            });
            assertThat(notices.noticesOf(follower, AgendaNotices.STATUS_CHANGED))
                    .anySatisfy(n -> assertThat(n.subject()).isEqualTo("Nieuwe status: " + title));
            assertThat(jdbc.queryForObject(
                            "select count(*) from notify_mail where recipient_person_id = ? and kind = ?"
                                    + " and delivery_key like ?",
                            Integer.class,
                            follower,
                            AgendaNotices.UPDATE_POSTED,
                            AgendaNotices.UPDATE_POSTED + "|ontwikkelagenda/initiatief/" + id + "|%"))
                    .isEqualTo(1);
        }
        assertThat(notices.noticesOf(lumens, AgendaNotices.UPDATE_POSTED))
                .noneMatch(n -> n.subject().contains(title));
        users.login("procesbegeleider");
        TimelineView entry = queries.initiative(id).timeline().getFirst();
        assertThat(entry.kind()).isEqualTo(TimelineKind.UPDATE);
        assertThat(entry.newStatus()).isEqualTo(InitiativeStatus.RUNNING);
        assertThat(queries.initiative(id).row().percentage()).isEqualTo(35);
    }

    @Test
    void aProviderWithOnlyASharedInitiativeMayReadButNotPostUpdates() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, null);
        agenda.share(id, queries.initiative(id).version(), Set.of(fixtures.provider("Lumens")));
        users.login("aanbieder");
        assertThat(queries.initiative(id).mayPostUpdate()).isFalse();
        assertThatThrownBy(() -> progress.postUpdate(id, "<p>Mag niet</p>", null, null))
                .isInstanceOf(AccessDeniedException.class);
        users.login("aanbieder.mee");
        assertThatThrownBy(() -> progress.follow(id)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * A provider representative who followed while the initiative was shared with their organisation
     * hears nothing more once it is not: followings from before sharing was checked again (here the
     * share row removed directly) are skipped when the notices go out, while other followers are told.
     */
    @Test
    void aFollowerWhoMayNoLongerSeeTheInitiativeIsNotTold() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.PREPARATION, 10, 1, null);
        agenda.share(id, queries.initiative(id).version(), Set.of(fixtures.provider("MEE")));
        long mee = fixtures.personOf("aanbieder.mee");
        long leusden = fixtures.personOf("manager.leusden");
        users.login("aanbieder.mee");
        progress.follow(id);
        users.login("manager.leusden");
        progress.follow(id);
        jdbc.update("delete from devagenda_share where initiative_id = ?", id);

        users.login("procesbegeleider");
        progress.postUpdate(id, "<p>Vertrouwelijke stand van zaken.</p>", InitiativeStatus.RUNNING, 40);

        String link = "ontwikkelagenda/initiatief/" + id;
        users.login("admin");
        for (String kind : new String[] {AgendaNotices.UPDATE_POSTED, AgendaNotices.STATUS_CHANGED}) {
            assertThat(notices.noticesOf(leusden, kind)).anyMatch(n -> link.equals(n.link()));
            assertThat(notices.noticesOf(mee, kind)).noneMatch(n -> link.equals(n.link()));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from notify_mail where recipient_person_id = ? and delivery_key like ?",
                        Integer.class,
                        mee,
                        "%|" + link + "|%"))
                .isZero();
        users.login("procesbegeleider");
        agenda.share(
                id,
                queries.initiative(id).version(),
                Set.of()); // the withdrawn share also ends MEE's following: no trace for other tests
    }

    /** The new status is named in the reader's words, not as the program's name for it (RUNNING). */
    @Test
    void aStatusChangeNoticeNamesTheStatusInTheReadersLanguage() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.PREPARATION, 10, 1, null);
        long leusden = fixtures.personOf("manager.leusden");
        users.login("manager.leusden");
        progress.follow(id);
        users.login("procesbegeleider");
        progress.postUpdate(id, "<p>We zijn begonnen.</p>", InitiativeStatus.RUNNING, null);
        String title = queries.initiative(id).row().title();
        String link = "ontwikkelagenda/initiatief/" + id;

        users.login("admin");
        assertThat(notices.noticesOf(leusden, AgendaNotices.STATUS_CHANGED))
                .filteredOn(n -> link.equals(n.link()))
                .singleElement()
                .satisfies(n -> assertThat(n.body())
                        .isEqualTo("Het initiatief " + title + " heeft een nieuwe status (Lopend)."));
        // notify renders every notice per reader through this source: an English reader gets English
        assertThat(noticeTexts.text(
                        AgendaNotices.STATUS_CHANGED,
                        "devagenda.notice.status-changed.body",
                        PortalI18NProvider.ENGLISH,
                        List.of(title, InitiativeStatus.EVALUATED.name())))
                .contains("The initiative " + title + " has a new status (Evaluated).");
        users.login("manager.leusden");
        progress.unfollow(id);
    }

    @Test
    void anEmptyUpdateIsRefusedWithItsField() {
        long id = fixtures.initiative(fixtures.theme(), InitiativeStatus.RUNNING, 10, 1, null);
        assertThatThrownBy(() -> progress.postUpdate(id, "<p> </p>", null, 120))
                .isInstanceOfSatisfying(
                        ValidationFailedException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("text", "devagenda.error.update-text")
                                .containsEntry("percentage", "devagenda.error.percentage"));
        assertThat(queries.initiative(id).timeline()).isEmpty();
    }
}
