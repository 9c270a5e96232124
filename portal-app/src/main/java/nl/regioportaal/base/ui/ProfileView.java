package nl.regioportaal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.ValidationFailedException;

/** "Mijn profiel": who the portal thinks you are, and a password change. */
@Route("profiel")
@PermitAll
public class ProfileView extends PortalPage {

    public ProfileView(CurrentUser currentUser, AccountService accountService, List<ProfileSection> sections) {
        super("profile.title");
        PortalUser user = currentUser.require();
        add(new Paragraph(getTranslation("profile.name", user.displayName())));
        add(new Paragraph(getTranslation("profile.username", user.getUsername())));
        add(new Paragraph(getTranslation(
                "profile.roles",
                user.roles().stream()
                        .map(r -> getTranslation(r.i18nKey()))
                        .sorted()
                        .collect(Collectors.joining(", ")))));

        PasswordField oldPassword = new PasswordField(getTranslation("profile.old-password"));
        PasswordField newPassword = new PasswordField(getTranslation("profile.new-password"));
        newPassword.setHelperText(getTranslation("profile.new-password.help", AccountService.MIN_PASSWORD_LENGTH));
        Button change = new Button(getTranslation("profile.change-password"), e -> {
            oldPassword.setInvalid(false);
            newPassword.setInvalid(false);
            try {
                accountService.changePassword(oldPassword.getValue(), newPassword.getValue());
                oldPassword.clear();
                newPassword.clear();
                Notification.show(getTranslation("profile.password-changed"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationFailedException ex) {
                FieldErrors.show(ex, Map.of("oldPassword", oldPassword, "newPassword", newPassword));
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(oldPassword, newPassword);
        form.setMaxWidth("40rem");
        add(new H3(getTranslation("profile.password")), form, change);
        sections.forEach(section -> add(section.create(user)));
    }
}
