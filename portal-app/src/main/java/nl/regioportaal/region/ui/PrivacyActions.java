package nl.regioportaal.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.regioportaal.region.PersonalDataService;
import nl.regioportaal.shared.PersonalData;
import tools.jackson.databind.ObjectMapper;

/** The AVG actions on a staff member: download everything the portal keeps (JSON), or erase it. */
class PrivacyActions extends HorizontalLayout {

    private final transient PersonalDataService personalData;
    private final transient ObjectMapper json;
    private final Anchor export = new Anchor();
    final Button erase = new Button();
    private Long personId;

    PrivacyActions(PersonalDataService personalData, ObjectMapper json, Runnable afterErase) {
        this.personalData = personalData;
        this.json = json;
        export.setText(getTranslation("person.privacy.export"));
        export.getElement().setAttribute("download", true);
        erase.setText(getTranslation("person.privacy.erase"));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.addClickListener(e -> confirmErase(afterErase));
        setAlignItems(Alignment.CENTER);
        add(export, erase);
    }

    void setPerson(Long personId) {
        this.personId = personId;
        setVisible(personId != null);
        if (personId != null) {
            long id = personId;
            erase.setVisible(personalData.mayErase(id));
            export.setHref(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = exportJson(id);
                return new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        "medewerker-" + id + ".json",
                        "application/json",
                        bytes.length);
            }));
        }
    }

    byte[] exportJson(long id) {
        return json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(personalData.export(id))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void confirmErase(Runnable afterErase) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("person.privacy.erase.confirm-title"));
        confirm.add(new Paragraph(getTranslation("person.privacy.erase.confirm-text")));
        Button yes = new Button(getTranslation("person.privacy.erase.confirm"), e -> {
            List<String> outOfReach;
            try {
                outOfReach = personalData.erase(personId);
            } catch (PersonalData.NotErased refused) {
                confirm.close();
                Notification.show(getTranslation(refused.messageKey(), refused.params()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            confirm.close();
            if (outOfReach.isEmpty()) {
                Notification.show(getTranslation("person.privacy.erased"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                Notification.show(getTranslation("person.privacy.erased.out-of-reach", String.join(", ", outOfReach)))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            afterErase.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setId("confirm-erase");
        confirm.getFooter().add(new Button(getTranslation("form.cancel"), e -> confirm.close()), yes);
        confirm.open();
    }
}
