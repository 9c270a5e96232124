package nl.regioportaal.region.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.UploadTexts;
import nl.regioportaal.region.RegionSettings;
import nl.regioportaal.region.RegionSettings.Logo;
import nl.regioportaal.region.RegionSettings.Settings;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ConcurrentEditException;
import nl.regioportaal.shared.ValidationFailedException;

/** "Regio": the region's name and logo as they appear on certificates and sign-in sheets (administrators). */
@Route("beheer/regio")
@Menu(title = "menu.admin.region", order = 899, icon = "vaadin:institution")
@RolesAllowed(Role.Names.ADMIN)
public class RegionSettingsView extends PortalPage {

    final TextField name = new TextField();
    final Span logoError = new Span();
    final Span saved = new Span();
    final Button save = new Button();
    final Button removeLogo = new Button();
    private final Image preview = new Image();
    private final transient RegionSettings settings;
    private Logo logo;
    private long version;

    public RegionSettingsView(RegionSettings settings) {
        super("region.settings.title");
        this.settings = settings;
        add(new Paragraph(getTranslation("region.settings.intro")));
        name.setLabel(getTranslation("region.settings.name"));
        name.setId("region-name");
        name.setMaxLength(100);
        name.setWidth("24rem");
        name.addValueChangeListener(e -> name.setInvalid(false));

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> logoReceived(bytes));
        }));
        upload.setId("region-logo-upload");
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.getElement().setAttribute("aria-label", getTranslation("region.settings.logo"));
        upload.getElement().setAttribute("aria-describedby", "region-logo-error");
        logoError.setId("region-logo-error");
        logoError.addClassName("rp-field-error");
        logoError.getElement().setAttribute("role", "alert");
        preview.setAlt(getTranslation("region.settings.logo-preview"));
        preview.setMaxHeight("5rem");
        removeLogo.setText(getTranslation("region.settings.remove-logo"));
        removeLogo.setId("region-logo-remove");
        removeLogo.addClickListener(e -> showLogo(null));

        save.setText(getTranslation("region.settings.save"));
        save.setId("region-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        saved.setId("region-saved");
        saved.getElement().setAttribute("role", "status");

        Span logoLabel = new Span(getTranslation("region.settings.logo"));
        logoLabel.addClassName("rp-label");
        add(
                name,
                logoLabel,
                new Paragraph(getTranslation("region.settings.logo-help")),
                new HorizontalLayout(preview, removeLogo),
                upload,
                logoError,
                new HorizontalLayout(save, saved));
        load();
    }

    private void load() {
        Settings current = settings.settings();
        name.setValue(current.name());
        version = current.version();
        showLogo(current.logo());
    }

    /** A new logo from the upload; checked (type, size) when saving, so name and logo are saved together or not at all. */
    void logoReceived(byte[] bytes) {
        logoError.setText("");
        showLogo(new Logo(bytes, null));
    }

    private void showLogo(Logo shown) {
        logo = shown;
        preview.setVisible(shown != null);
        removeLogo.setVisible(shown != null);
        if (shown != null) {
            byte[] bytes = shown.bytes();
            preview.setSrc(DownloadHandler.fromInputStream(
                    e -> new DownloadResponse(new ByteArrayInputStream(bytes), "logo", null, bytes.length)));
        }
    }

    void save() {
        logoError.setText("");
        saved.setText("");
        try {
            settings.save(new Settings(name.getValue(), logo, version));
            load();
            saved.setText(getTranslation("region.settings.saved"));
        } catch (ValidationFailedException e) {
            String logoKey = e.fieldErrors().get("logo");
            if (logoKey != null) {
                logoError.setText(FieldErrors.translate(logoKey));
            }
            Map<String, String> rest = new HashMap<>(e.fieldErrors());
            rest.remove("logo");
            if (!rest.isEmpty()) {
                FieldErrors.show(new ValidationFailedException(rest), Map.of("name", name));
            }
        } catch (ConcurrentEditException e) {
            load();
            saved.setText(getTranslation("form.error.concurrent"));
        }
    }
}
