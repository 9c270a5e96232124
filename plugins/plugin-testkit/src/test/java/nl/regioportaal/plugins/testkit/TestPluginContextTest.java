package nl.regioportaal.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.plugins.api.PortalModule;
import nl.regioportaal.plugins.api.Text;
import org.junit.jupiter.api.Test;

/** The kit's promises: migrations on a fresh schema, a standing clock, recorded notices, a user switch. */
class TestPluginContextTest {

    @Test
    void runsTheMigrationsOnAFreshSchemaAndRollsBackAFailedTransaction() {
        TestPluginContext context = TestPluginContext.forPlugin("kit");
        assertThat(context.migrationsRun()).isEqualTo(1);
        var db = context.database();
        long id = db.insert("INSERT INTO " + db.table("note") + " (municipality_id, text) VALUES (?, ?)", 2L, "a");
        assertThatThrownBy(() -> db.inTransaction(() -> {
                    db.update("UPDATE " + db.table("note") + " SET text = ? WHERE id = ?", "b", id);
                    throw new IllegalStateException("undo");
                }))
                .hasMessage("undo");
        assertThat(db.query("SELECT text FROM " + db.table("note"), r -> r.getString(1)))
                .containsExactly("a");

        TestPluginContext again = TestPluginContext.forPlugin("kit");
        assertThat(again.database().query("SELECT COUNT(*) FROM " + db.table("note"), r -> r.getLong(1)))
                .containsExactly(0L);
    }

    @Test
    void theClockStandsStillUntilMoved() {
        TestPluginContext context = TestPluginContext.forPlugin("kit");
        assertThat(context.clock().instant()).isEqualTo(TestPluginContext.FIXED_INSTANT);
        context.clockAt(Instant.parse("2026-12-31T10:00:00Z"));
        assertThat(LocalDate.now(context.clock())).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void permissionsFollowTheCurrentUsersRoles() {
        PortalModule module = new PortalModule() {
            @Override
            public Text name() {
                return Text.of("Kit", "Kit");
            }

            @Override
            public List<Permission> permissions() {
                return List.of(new Permission("kit.use", Text.of("Gebruiken", "Use"), Set.of("PROFESSIONAL")));
            }
        };
        TestPluginContext context = TestPluginContext.forPlugin("kit").declare(module);
        assertThat(context.hasPermission("kit.use")).as("nobody logged in").isFalse();
        assertThat(context.findCurrentUser()).isEmpty();

        context.actAs(TestPluginContext.user(7, "Wijkcoach Baarn", 2L, "PROFESSIONAL"));
        assertThat(context.hasPermission("kit.use")).isTrue();
        assertThat(context.currentUser().municipalityId()).isEqualTo(2L);

        context.actAs(TestPluginContext.user(8, "Trainer", null, "TRAINER"));
        assertThatThrownBy(() -> context.requirePermission("kit.use")).isInstanceOf(SecurityException.class);
    }

    @Test
    void recordsNoticesAndRendersThemInTheRecipientsLanguage() {
        TestPluginContext context = TestPluginContext.forPlugin("kit");
        context.notifier().notify(7, "kit.reminder", context.links().to(""), "Baarn");

        RecordingNotifier.Notice notice = context.notices().noticesTo(7).getFirst();
        assertThat(notice.link()).isEqualTo("plugin/kit");
        assertThat(context.notices().subject(notice, Locale.ENGLISH)).isEqualTo("Reminder for Baarn");
        assertThat(context.notices().body(notice, Locale.of("nl"))).isEqualTo("Vul de notitie voor Baarn in.");
        assertThat(context.inLocale(Locale.ENGLISH).translate("kit.reminder.subject", "x"))
                .isEqualTo("Reminder for x");
    }

    @Test
    void visibleMunicipalitiesAreTheUsersOwnWhereThePluginIsOn() {
        TestPluginContext context = TestPluginContext.forPlugin("kit").enabledIn(1L, 2L);
        assertThat(context.actAs(TestPluginContext.user(7, "Wijkcoach Baarn", 2L, "PROFESSIONAL"))
                        .visibleMunicipalityIds())
                .containsExactly(2L);
        assertThat(context.actAs(TestPluginContext.user(9, "Wijkcoach Soest", 4L, "PROFESSIONAL"))
                        .visibleMunicipalityIds())
                .isEmpty();
        assertThat(context.actAs(TestPluginContext.user(1, "Procesbegeleider", null, "PROCESS_SUPERVISOR"))
                        .visibleMunicipalityIds())
                .containsExactlyInAnyOrder(1L, 2L);
    }
}
