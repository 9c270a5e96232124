package nl.regioportaal.plugins.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.UploadTexts;
import nl.regioportaal.plugins.PluginRejectedException;
import nl.regioportaal.plugins.PluginRow;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.PluginUploads;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;

/**
 * "Plugins": what is installed, in which state, where it is enabled. Administrators upload, enable per
 * municipality or region-wide, restart and uninstall; a municipality administrator switches plugins on
 * and off for their own municipality only.
 * An upgrade is shown first (from-version, to-version, the migrations that will run, the signer) and
 * installed only when confirmed. The manage dialog is {@link PluginManageDialog}.
 */
@Route("beheer/plugins")
@Menu(title = "plugins.menu", order = 950, icon = "vaadin:puzzle-piece")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MUNICIPALITY_ADMIN})
public class PluginsView extends PortalPage {

    final Grid<PluginRow> grid = new Grid<>(PluginRow.class, false);
    final PluginManageDialog dialog;
    /** The outcome of the last upload, right under the upload field (a notification alone disappears). */
    final Paragraph uploadResult = new Paragraph();

    final Paragraph signatureStatus = new Paragraph();
    Upload signatureUpload;
    /** A detached signature uploaded first; it goes with the next archive. */
    private byte[] pendingSignature;

    Upload upload;
    private final transient PluginService plugins;
    private final transient PluginUploads uploads;
    private final PortalUser user;

    public PluginsView(
            PluginService plugins, PluginUploads uploads, RegionDirectory directory, CurrentUser currentUser) {
        super("plugins.title");
        this.plugins = plugins;
        this.uploads = uploads;
        this.user = currentUser.require();
        this.dialog = new PluginManageDialog(plugins, directory, this::refresh);
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
            // streamed: the service copies it to a temporary file and stops at the size limit while reading
            upload = new Upload(
                    (UploadHandler) event -> receive(event.getUI(), event.getFileName(), event.getInputStream()));
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
            Paragraph trust = new Paragraph(getTranslation("plugins.trust.help"));
            trust.setId("plugin-trust");
            add(
                    trust,
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

    /** What an upload came to (computed in the upload request, shown in the UI afterwards): a row or a refusal. */
    record Outcome(PluginRow row, PluginRejectedException refusal) {}

    /** Receives an archive (with the signature uploaded before it, if any), as the upload field does. */
    void handleUpload(String fileName, byte[] bytes) {
        receive(UI.getCurrent(), fileName, new ByteArrayInputStream(bytes));
    }

    /**
     * Checks the archive; a new plugin is installed at once, an upgrade is first shown with its versions
     * and migrations for the administrator to confirm. A refusal is shown with its Dutch reason.
     */
    private void receive(UI ui, String fileName, InputStream content) {
        byte[] signature = pendingSignature;
        pendingSignature = null;
        PluginUploads.Received received;
        try {
            received = uploads.receive(fileName, content, signature);
        } catch (PluginRejectedException e) {
            ui.access(() -> showOutcome(new Outcome(null, e)));
            return;
        }
        if (received.preview().upgrade()) {
            ui.access(() -> confirmUpgrade(received));
        } else {
            Outcome outcome = install(received);
            ui.access(() -> showOutcome(outcome));
        }
    }

    private Outcome install(PluginUploads.Received received) {
        try {
            return new Outcome(uploads.install(received), null);
        } catch (PluginRejectedException e) {
            return new Outcome(null, e);
        }
    }

    /** The upgrade preview: from-version, to-version, the migrations that will run and the signer; nothing changes before "Bijwerken". */
    void confirmUpgrade(PluginUploads.Received received) {
        PluginUploads.Preview preview = received.preview();
        String name = plugins.find(preview.pluginId())
                .map(r -> r.name().in(getLocale()))
                .orElse(preview.pluginId());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("plugin-upgrade-confirm");
        confirm.setHeader(getTranslation("plugins.upgrade.title", name));
        Paragraph versions =
                new Paragraph(getTranslation("plugins.upgrade.versions", preview.fromVersion(), preview.toVersion()));
        versions.setId("plugin-upgrade-versions");
        Div migrations = new Div();
        migrations.setId("plugin-upgrade-migrations");
        if (preview.pendingMigrations().isEmpty()) {
            migrations.add(new Paragraph(getTranslation("plugins.upgrade.no-migrations")));
        } else {
            migrations.add(new Paragraph(getTranslation("plugins.upgrade.migrations")));
            UnorderedList list = new UnorderedList();
            preview.pendingMigrations().forEach(m -> list.add(new ListItem(m)));
            migrations.add(list);
        }
        Paragraph signer = new Paragraph(
                preview.signedBy() == null
                        ? getTranslation("plugins.manage.unsigned")
                        : getTranslation("plugins.manage.signed", preview.signedBy()));
        confirm.setText(new Div(versions, migrations, signer, new Paragraph(getTranslation("plugins.upgrade.safe"))));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("plugins.upgrade.confirm"));
        confirm.addConfirmListener(e -> showOutcome(install(received)));
        confirm.addCancelListener(e -> {
            received.close();
            showUploadResult(getTranslation("plugins.upgrade.cancelled", name, preview.fromVersion()), false);
        });
        // closed any other way (Esc, leaving the page): the received archive is not left behind
        confirm.addDetachListener(e -> received.close());
        confirm.open();
    }

    private void showOutcome(Outcome outcome) {
        signatureStatus.setVisible(false);
        PluginRow row = outcome.row();
        if (outcome.refusal() != null) {
            PluginRejectedException e = outcome.refusal();
            showUploadResult(
                    getTranslation("plugins.upload.refused", getTranslation(e.messageKey(), e.params())), true);
        } else if (row.state() == PluginRow.State.FAILED) {
            showUploadResult(
                    getTranslation(
                            "plugins.installed-not-started",
                            row.name().in(getLocale()),
                            row.version(),
                            getTranslation(
                                    row.failedReasonKey(), row.failedDetails().toArray())),
                    true);
        } else {
            showUploadResult(getTranslation("plugins.installed", row.name().in(getLocale()), row.version()), false);
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
            Button manage = new Button(getTranslation("plugins.manage"), e -> dialog.open(row));
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

    static void show(String text, boolean error) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
