package nl.regioportaal.plugins.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.UploadTexts;
import nl.regioportaal.plugins.PluginRejectedException;
import nl.regioportaal.plugins.PluginRow;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;

/**
 * "Plugins": what is installed, in which state, where it is enabled. Administrators upload, enable per
 * municipality or region-wide, restart and uninstall; a municipality administrator switches plugins on
 * and off for their own municipality only.
 */
@Route("beheer/plugins")
@Menu(title = "plugins.menu", order = 950, icon = "vaadin:puzzle-piece")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MUNICIPALITY_ADMIN})
public class PluginsView extends PortalPage {

    final Grid<PluginRow> grid = new Grid<>(PluginRow.class, false);
    final Dialog dialog = new Dialog();
    /** The outcome of the last upload, right under the upload field (a notification alone disappears). */
    final Paragraph uploadResult = new Paragraph();

    final Paragraph signatureStatus = new Paragraph();
    Upload signatureUpload;
    /** A detached signature uploaded first; it goes with the next archive. */
    private byte[] pendingSignature;

    Upload upload;
    private final transient PluginService plugins;
    private final transient RegionDirectory directory;
    private final PortalUser user;

    public PluginsView(PluginService plugins, RegionDirectory directory, CurrentUser currentUser) {
        super("plugins.title");
        this.plugins = plugins;
        this.directory = directory;
        this.user = currentUser.require();
        boolean admin = user.hasRole(Role.ADMIN);

        grid.addColumn(PluginRow::id)
                .setKey("id")
                .setHeader(getTranslation("plugins.column.id"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.name().in(getLocale()))
                .setKey("name")
                .setHeader(getTranslation("plugins.column.name"))
                .setAutoWidth(true);
        grid.addColumn(PluginRow::version)
                .setKey("version")
                .setHeader(getTranslation("plugins.column.version"))
                .setAutoWidth(true);
        grid.addColumn(PluginRow::provider)
                .setKey("provider")
                .setHeader(getTranslation("plugins.column.provider"))
                .setAutoWidth(true);
        grid.addColumn(this::stateText)
                .setHeader(getTranslation("plugins.column.state"))
                .setKey("state")
                .setAutoWidth(true);
        grid.addColumn(this::enabledText)
                .setHeader(getTranslation("plugins.column.enabled"))
                .setKey("enabled")
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(r -> r.sha512().substring(0, 12) + "…")
                .setKey("sha512")
                .setHeader(getTranslation("plugins.column.sha512"))
                .setTooltipGenerator(PluginRow::sha512)
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("plugins.column.actions"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("plugins.title"));
        grid.setAllRowsVisible(true);

        if (admin) {
            upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                UI ui = UI.getCurrent();
                ui.access(() -> handleUpload(metadata.fileName(), bytes));
            }));
            upload.setId("plugin-upload");
            UploadTexts.apply(upload);
            upload.setAcceptedFileTypes(".jar", ".zip");
            upload.setDropLabel(new Span(getTranslation("plugins.upload.drop")));
            upload.getElement().setAttribute("aria-label", getTranslation("plugins.upload.label"));
            uploadResult.setId("plugin-upload-result");
            // read out by screen readers when it changes (WCAG 4.1.3)
            uploadResult.getElement().setAttribute("role", "status");
            uploadResult.setVisible(false);
            signatureUpload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                UI ui = UI.getCurrent();
                ui.access(() -> rememberSignature(metadata.fileName(), bytes));
            }));
            signatureUpload.setId("plugin-signature-upload");
            UploadTexts.apply(signatureUpload);
            signatureUpload.setAcceptedFileTypes(".sig");
            signatureUpload.setMaxFiles(1);
            signatureUpload.setDropLabel(new Span(getTranslation("plugins.signature.drop")));
            signatureUpload.getElement().setAttribute("aria-label", getTranslation("plugins.signature.label"));
            signatureStatus.setId("plugin-signature-status");
            signatureStatus.getElement().setAttribute("role", "status");
            signatureStatus.setVisible(false);
            add(
                    new Paragraph(getTranslation("plugins.upload.help")),
                    signatureUpload,
                    signatureStatus,
                    upload,
                    uploadResult);
        } else {
            add(new Paragraph(getTranslation("plugins.municipality-admin.help")));
        }
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(plugins.list());
    }

    void rememberSignature(String fileName, byte[] bytes) {
        pendingSignature = bytes;
        signatureStatus.setText(getTranslation("plugins.signature.received", fileName));
        signatureStatus.setVisible(true);
    }

    /** Installs an uploaded archive (with the signature uploaded before it, if any); a refusal is shown with its Dutch reason. */
    void handleUpload(String fileName, byte[] bytes) {
        byte[] signature = pendingSignature;
        pendingSignature = null;
        signatureStatus.setVisible(false);
        try {
            PluginRow row = plugins.install(fileName, bytes, signature);
            showUploadResult(getTranslation("plugins.installed", row.id(), row.version()), false);
        } catch (PluginRejectedException e) {
            showUploadResult(
                    getTranslation("plugins.upload.refused", getTranslation(e.messageKey(), e.params())), true);
        }
        refresh();
    }

    private void showUploadResult(String text, boolean error) {
        uploadResult.setText(text);
        uploadResult.setVisible(true);
        uploadResult.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        show(text, error);
    }

    String stateText(PluginRow row) {
        String state = getTranslation("plugins.state." + row.state().name());
        if (row.failedReasonKey() == null) {
            return state;
        }
        return state + ": "
                + getTranslation(row.failedReasonKey(), row.failedDetails().toArray());
    }

    String enabledText(PluginRow row) {
        if (row.regionWide()) {
            return getTranslation("plugins.enabled.region-wide");
        }
        if (row.enabledIn().isEmpty()) {
            return getTranslation("plugins.enabled.nowhere");
        }
        return row.enabledIn().stream().map(MunicipalityRef::name).collect(Collectors.joining(", "));
    }

    private Component actions(PluginRow row) {
        if (user.hasRole(Role.ADMIN)) {
            Button manage = new Button(getTranslation("plugins.manage"), e -> openManage(row));
            manage.setId("manage-" + row.id());
            return manage;
        }
        boolean on = row.regionWide() || row.enabledIn().stream().anyMatch(m -> m.id() == user.municipalityId());
        Button toggle = new Button(getTranslation(on ? "plugins.disable-own" : "plugins.enable-own"), e -> {
            if (on) {
                plugins.disable(row.id(), user.municipalityId());
            } else {
                plugins.enable(row.id(), user.municipalityId());
            }
            refresh();
        });
        toggle.setId("toggle-" + row.id());
        toggle.setEnabled(!row.regionWide());
        return toggle;
    }

    /** The administrator's dialog for one plugin: enablement, restart, uninstall. */
    void openManage(PluginRow row) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        dialog.setHeaderTitle(getTranslation("plugins.manage.title", row.name().in(getLocale())));
        MultiSelectComboBox<MunicipalityRef> municipalities =
                new MultiSelectComboBox<>(getTranslation("plugins.manage.municipalities"));
        List<MunicipalityRef> all = directory.municipalities();
        municipalities.setItems(all);
        municipalities.setItemLabelGenerator(MunicipalityRef::name);
        municipalities.setValue(all.stream()
                .filter(m -> row.enabledIn().stream().anyMatch(e -> e.id() == m.id()))
                .collect(Collectors.toSet()));
        Checkbox regionWide = new Checkbox(getTranslation("plugins.manage.region-wide"), row.regionWide());
        Checkbox removeData = new Checkbox(getTranslation("plugins.manage.remove-data"));
        Paragraph hash = new Paragraph(getTranslation("plugins.manage.sha512", row.sha512()));
        hash.getStyle().set("word-break", "break-all").set("font-size", "var(--lumo-font-size-s)");
        Paragraph signed = new Paragraph(
                row.signedBy() == null
                        ? getTranslation("plugins.manage.unsigned")
                        : getTranslation("plugins.manage.signed", row.signedBy()));
        dialog.add(new VerticalLayout(municipalities, regionWide, hash, signed, removeData));

        Button save = new Button(getTranslation("plugins.manage.save"), e -> {
            Set<Long> wanted =
                    municipalities.getValue().stream().map(MunicipalityRef::id).collect(Collectors.toSet());
            Set<Long> had =
                    row.enabledIn().stream().map(MunicipalityRef::id).collect(Collectors.toCollection(HashSet::new));
            wanted.stream().filter(id -> !had.contains(id)).forEach(id -> plugins.enable(row.id(), id));
            had.stream().filter(id -> !wanted.contains(id)).forEach(id -> plugins.disable(row.id(), id));
            if (regionWide.getValue() != row.regionWide()) {
                plugins.setRegionWide(row.id(), regionWide.getValue());
            }
            dialog.close();
            show(getTranslation("plugins.saved"), false);
            refresh();
        });
        save.setId("plugin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button restart = new Button(getTranslation("plugins.manage.restart"), e -> {
            plugins.restart(row.id());
            dialog.close();
            refresh();
        });
        restart.setId("plugin-restart");
        Button uninstall = new Button(getTranslation("plugins.manage.uninstall"), e -> {
            plugins.uninstall(row.id(), removeData.getValue());
            dialog.close();
            show(getTranslation("plugins.uninstalled", row.id()), false);
            refresh();
        });
        uninstall.setId("plugin-uninstall");
        uninstall.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("form.cancel"), e -> dialog.close());
        dialog.getFooter().add(new HorizontalLayout(uninstall, restart, cancel, save));
        dialog.open();
    }

    private static void show(String text, boolean error) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
