package nl.regioportaal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import nl.regioportaal.ServiceTest;
import nl.regioportaal.shared.db.EmbeddedDbAccounts;
import nl.regioportaal.shared.db.EmbeddedMariaDbConfig;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An external MariaDB: the portal's account must be allowed to create schemas and accounts for the
 * plugins. Without those rights a plugin's database is not set up, the refusal says why in Dutch, and
 * nothing is left behind. Simulated on the embedded server with an account that has every right on the
 * portal's schema and no other, as a database administrator might hand one out.
 */
class PluginDatabasesTest extends ServiceTest {

    private static final String EXTERNAL = "extern_portal";

    @Autowired
    EmbeddedMariaDbConfig.EmbeddedDatabase embedded;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountThatMayNotCreateSchemasOrAccountsIsRefusedInDutchLeavingNothing() {
        String password = UUID.randomUUID().toString();
        SingleConnectionDataSource rootConnection = new SingleConnectionDataSource(
                embedded.jdbcUrl(), "root", embedded.credentials().rootPassword(), true);
        JdbcTemplate root = new JdbcTemplate(rootConnection);
        root.execute("CREATE USER '" + EXTERNAL + "'@'%' IDENTIFIED BY '" + password + "'");
        try {
            root.execute("GRANT ALL PRIVILEGES ON `" + EmbeddedDbAccounts.SCHEMA + "`.* TO '" + EXTERNAL + "'@'%'");
            PluginDatabases databases =
                    new PluginDatabases(new DriverManagerDataSource(embedded.jdbcUrl(), EXTERNAL, password));

            assertThatThrownBy(() -> databases.open("extern")).isInstanceOfSatisfying(PluginStartException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("plugins.failed.database-rights");
                assertThat(PortalI18NProvider.translate(e.messageKey(), Locale.of("nl"), (Object[]) e.details()))
                        .startsWith("de database van de plugin kon niet worden ingericht: het databaseaccount"
                                + " van het portaal mag geen schema's en accounts aanmaken (")
                        .contains("denied")
                        .endsWith("Zie docs/plugins.md.");
            });

            assertThat(root.queryForObject(
                            "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = 'plg_extern'",
                            Integer.class))
                    .isZero();
            assertThat(root.queryForObject("SELECT COUNT(*) FROM mysql.user WHERE user = 'plg_extern'", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM plugin_db_account WHERE plugin_id = 'extern'", Integer.class))
                    .as("no password stored for an account that was never made")
                    .isZero();
        } finally {
            root.execute("DROP USER IF EXISTS '" + EXTERNAL + "'@'%'");
            rootConnection.destroy();
        }
    }
}
