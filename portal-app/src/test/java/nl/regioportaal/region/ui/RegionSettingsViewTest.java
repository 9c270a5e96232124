package nl.regioportaal.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.region.RegionSettings;
import nl.regioportaal.region.RegionSettings.Settings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Regio": the administrator sets the issuer's name and logo; bad input is refused in Dutch next to the field. */
class RegionSettingsViewTest extends KaribuTest {

    @Autowired
    RegionSettings settings;

    @Test
    void theAdministratorSetsALogoAndBadInputIsRefusedNextToTheFieldWithNothingSaved() throws IOException {
        login("admin");
        Settings before = settings.settings();
        RegionSettingsView view = navigate(RegionSettingsView.class);
        assertThat(view.name.getValue()).isEqualTo(before.name());
        try {
            type(view.name, "  ");
            view.logoReceived("geen afbeelding".getBytes());
            _click(view.save);
            assertThat(view.name.isInvalid()).isTrue();
            assertThat(view.name.getErrorMessage()).isEqualTo("Vul de naam van de regio in.");
            assertThat(view.logoError.getText()).isEqualTo("Het logo moet een PNG- of JPEG-afbeelding zijn.");
            assertThat(settings.settings().version()).isEqualTo(before.version());

            type(view.name, before.name());
            view.logoReceived(new byte[RegionSettings.MAX_LOGO_BYTES + 1]);
            _click(view.save);
            assertThat(view.logoError.getText()).isEqualTo("Het logo is groter dan 512 kB. Kies een kleiner bestand.");

            view.logoReceived(png());
            _click(view.save);
            assertThat(view.logoError.getText()).isEmpty();
            assertThat(view.saved.getText()).isEqualTo("De gegevens van de regio zijn opgeslagen.");
            assertThat(settings.settings().logo()).isNotNull();
            assertThat(settings.settings().logo().mediaType()).isEqualTo("image/png");

            _click(view.removeLogo);
            _click(view.save);
            assertThat(settings.settings().logo()).isNull();
        } finally {
            settings.save(new Settings(
                    before.name(), before.logo(), settings.settings().version()));
        }
    }

    @Test
    void onlyTheAdministratorOpensTheRegionSettings() {
        for (String user : new String[] {"beheer.amersfoort", "procesbegeleider", "wijkcoach.baarn", "trainer"}) {
            login(user);
            assertRefused(RegionSettingsView.class);
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
