package nl.regioportaal.plugins.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.UploadTexts;
import nl.regioportaal.plugins.PluginRejectedException;
import nl.regioportaal.plugins.PluginRow;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.i18n.PortalFormats;

/**
 * "Plugins": what is installed, in which state, where it is enabled. Administrators upload, enable per
 * municipality or region-wide, restart and uninstall; a municipality administrator switches plugins on
 * and off for their own municipality only.
 * <p>
 * A line over the 400-line rule (allow-listed in SourceRulesTest): the manage dialog becomes a class of
 * its own when the plugins' second pass (issue 11) adds the upgrade preview.
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
            // streamed: the service copies it to a temporary file and stops at the size limit while reading
            upload = new Upload((UploadHandler) event -> {
                UI ui = event.getUI();
                String fileName = event.getFileName();
                Outcome outcome = install(fileName, event.getInputStream());
                ui.access(() -> showOutcome(outcome));
            });
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

    /** Installs an uploaded archive (with the signature uploaded before it, if any); a refusal is shown with its Dutch reason. */
    void handleUpload(String fileName, byte[] bytes) {
        showOutcome(install(fileName, new ByteArrayInputStream(bytes)));
    }

    private Outcome install(String fileName, InputStream content) {
        byte[] signature = pendingSignature;
        pendingSignature = null;
        try {
            return new Outcome(plugins.install(fileName, content, signature), null);
        } catch (PluginRejectedException e) {
            return new Outcome(null, e);
        }
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
                            row.id(),
                            row.version(),
                            getTranslation(
                                    row.failedReasonKey(), row.failedDetails().toArray())),
                    true);
        } else {
            showUploadResult(getTranslation("plugins.installed", row.id(), row.version()), false);
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
        // check boxes, not a combo box: every municipality's full name stays readable at 1366 px
        CheckboxGroup<MunicipalityRef> municipalities =
                new CheckboxGroup<>(getTranslation("plugins.manage.municipalities"));
        municipalities.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
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
        dialog.setWidth("min(95vw, 760px)");
        dialog.add(new VerticalLayout(
                municipalities, regionWide, hash, signed, permissionList(row), taskList(row), removeData));

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
        Button uninstall = new Button(
                getTranslation("plugins.manage.uninstall"), e -> confirmUninstall(row, removeData.getValue()));
        uninstall.setId("plugin-uninstall");
        uninstall.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("form.cancel"), e -> dialog.close());
        dialog.getFooter().add(new HorizontalLayout(uninstall, restart, cancel, save));
        dialog.open();
    }

    /** What the plugin declares it may do, and which roles hold each permission. */
    Component permissionList(PluginRow row) {
        Div list = new Div();
        list.setId("plugin-permissions");
        list.add(new H4(getTranslation("plugins.manage.permissions")));
        if (row.permissions().isEmpty()) {
            list.add(new Paragraph(getTranslation("plugins.manage.no-permissions")));
        }
        for (Permission p : row.permissions()) {
            String roles = p.roles().stream()
                    .sorted()
                    .map(r -> getTranslation("role." + r))
                    .collect(Collectors.joining(", "));
            list.add(new Paragraph(
                    getTranslation("plugins.manage.permission", p.description().in(getLocale()), p.name(), roles)));
        }
        return list;
    }

    /** The plugin's scheduled tasks, each with "run now" and its last outcome. */
    Component taskList(PluginRow row) {
        Div list = new Div();
        list.setId("plugin-tasks");
        list.add(new H4(getTranslation("plugins.manage.tasks")));
        List<PluginService.TaskOutcome> tasks = plugins.tasksOf(row.id());
        if (tasks.isEmpty()) {
            list.add(new Paragraph(getTranslation("plugins.manage.no-tasks")));
        }
        for (PluginService.TaskOutcome task : tasks) {
            Span outcome = new Span(outcomeText(task));
            outcome.setId("task-outcome-" + task.taskId());
            Button runNow = new Button(getTranslation("plugins.manage.run-now"), e -> {
                PluginService.TaskOutcome ran = plugins.runTaskNow(row.id(), task.taskId());
                outcome.setText(ran == null ? getTranslation("plugins.failed.not-running") : outcomeText(ran));
                refresh();
            });
            runNow.setId("run-" + task.taskId());
            HorizontalLayout line =
                    new HorizontalLayout(new Span(task.taskId() + " (" + task.cron() + ")"), runNow, outcome);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(line);
        }
        return list;
    }

    private String outcomeText(PluginService.TaskOutcome task) {
        if (task.lastRun() == null) {
            return getTranslation("plugins.task.never");
        }
        String when = PortalFormats.dateTime(task.lastRun(), getLocale());
        return task.ok()
                ? getTranslation("plugins.task.ok", when)
                : getTranslation("plugins.task.failed", when, task.error());
    }

    /** Uninstalling asks first, naming what goes: with "remove data", exactly the plugin's schema and its tables. */
    void confirmUninstall(PluginRow row, boolean removeData) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("plugin-uninstall-confirm");
        confirm.setHeader(
                getTranslation("plugins.uninstall.confirm.title", row.name().in(getLocale())));
        List<String> tables = removeData ? plugins.tablesOf(row.id()) : List.of();
        confirm.setText(
                removeData
                        ? getTranslation(
                                "plugins.uninstall.confirm.with-data",
                                "plg_" + row.id(),
                                tables.isEmpty() ? "-" : String.join(", ", tables))
                        : getTranslation("plugins.uninstall.confirm.keep-data"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("plugins.manage.uninstall"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            plugins.uninstall(row.id(), removeData);
            dialog.close();
            show(getTranslation("plugins.uninstalled", row.id()), false);
            refresh();
        });
        confirm.open();
    }

    private static void show(String text, boolean error) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
