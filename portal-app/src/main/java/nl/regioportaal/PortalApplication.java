package nl.regioportaal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import nl.regioportaal.shared.db.EarlyDatabaseStart;
import nl.regioportaal.shared.db.SecondPortalCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Regioportaal: the collaboration and learning portal of a region's social teams. Server push is on so
 * that the bell shows new notices without a reload.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class PortalApplication implements AppShellConfigurator {

    /** The tab icon; {@code /favicon.ico} beside it is for clients that ask for that file. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        application.addListeners(new SecondPortalCheck(), new EarlyDatabaseStart());
        application.run(args);
    }
}
