package nl.regioportaal.plugins.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioportaal.plugins.PluginRow;
import nl.regioportaal.plugins.PluginService;
import nl.regioportaal.plugins.api.Permission;
import nl.regioportaal.region.MunicipalityRef;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.shared.i18n.PortalFormats;

/**
 * The administrator's dialog for one plugin on the "Plugins" screen: where it is switched on (every
 * municipality by its full name, readable at 1366 px), its hash and signer, the permissions it declares,
 * its tasks with "run now", restart, and uninstall after a confirmation that names what goes.
 */
class PluginManageDialog extends Dialog {

    private final transient PluginService plugins;
    private final transient RegionDirectory directory;
    private final Runnable refresh;

    PluginManageDialog(PluginService plugins, RegionDirectory directory, Runnable refresh) {
        this.plugins = plugins;
        this.directory = directory;
        this.refresh = refresh;
    }

    /** The administrator's dialog for one plugin: enablement, restart, uninstall. */
    void open(PluginRow row) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("plugins.manage.title", row.name().in(getLocale())));
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
        setWidth("min(95vw, 760px)");
        add(new VerticalLayout(
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
            close();
            PluginsView.show(getTranslation("plugins.saved"), false);
            refresh.run();
        });
        save.setId("plugin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button restart = new Button(getTranslation("plugins.manage.restart"), e -> {
            plugins.restart(row.id());
            close();
            refresh.run();
        });
        restart.setId("plugin-restart");
        Button uninstall = new Button(
                getTranslation("plugins.manage.uninstall"), e -> confirmUninstall(row, removeData.getValue()));
        uninstall.setId("plugin-uninstall");
        uninstall.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("form.cancel"), e -> close());
        getFooter().add(new HorizontalLayout(uninstall, restart, cancel, save));
        super.open();
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
                refresh.run();
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
            close();
            PluginsView.show(getTranslation("plugins.uninstalled", row.name().in(getLocale())), false);
            refresh.run();
        });
        confirm.open();
    }
}
