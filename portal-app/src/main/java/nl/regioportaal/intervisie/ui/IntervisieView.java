package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.base.ui.component.PrivacyFeedback;
import nl.regioportaal.intervisie.Facilitation;
import nl.regioportaal.intervisie.IntervisieModel.GroupDraft;
import nl.regioportaal.intervisie.IntervisieModel.GroupSummary;
import nl.regioportaal.intervisie.IntervisieModel.SessionSummary;
import nl.regioportaal.intervisie.PeerGroupService;
import nl.regioportaal.intervisie.PeerSessionService;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.shared.privacy.PrivacyGuard;

/**
 * "Intervisie": my coming sessions and my peer groups (only my own); the process supervisor sees
 * every group and sets new ones up. Open to every signed-in user: the services decide what each sees.
 */
@Route("intervisie")
@PermitAll
public class IntervisieView extends PortalPage {

    final Grid<SessionSummary> upcoming = new Grid<>(SessionSummary.class, false);
    final Grid<GroupSummary> groups = new Grid<>(GroupSummary.class, false);
    final Button create = new Button();
    final Paragraph none = new Paragraph();
    private final transient PeerGroupService groupService;
    private final transient PeerSessionService sessionService;
    private final transient PrivacyGuard guard;

    public IntervisieView(PeerGroupService groupService, PeerSessionService sessionService, PrivacyGuard guard) {
        super("intervisie.title");
        groupService.requireMayUse();
        this.groupService = groupService;
        this.sessionService = sessionService;
        this.guard = guard;

        upcoming.addComponentColumn(s -> IntervisieUi.sessionLink(s, IntervisieUi.when(s)))
                .setHeader(getTranslation("intervisie.when"))
                .setFlexGrow(2);
        upcoming.addColumn(SessionSummary::groupName).setHeader(getTranslation("intervisie.group"));
        upcoming.addColumn(SessionSummary::methodName).setHeader(getTranslation("intervisie.method"));
        upcoming.setAriaLabel(getTranslation("intervisie.upcoming"));
        upcoming.setAllRowsVisible(true);

        groups.addComponentColumn(g -> {
                    Anchor a = new Anchor("intervisie/groep/" + g.id(), g.name());
                    a.setId("group-" + g.id());
                    return a;
                })
                .setHeader(getTranslation("intervisie.group"))
                .setFlexGrow(3);
        groups.addColumn(g -> getTranslation("intervisie.facilitation." + g.facilitation()))
                .setHeader(getTranslation("intervisie.facilitation"))
                .setFlexGrow(2);
        groups.setAriaLabel(getTranslation("intervisie.groups"));
        groups.setAllRowsVisible(true);

        create.setText(getTranslation("intervisie.group.create"));
        create.setId("create-group");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createDialog().open());
        create.setVisible(groupService.mayManage());
        none.setText(getTranslation("intervisie.none"));

        Anchor methods = new Anchor("intervisie/methoden", getTranslation("intervisie.methods"));
        methods.setId("methods-link");
        add(
                new H2(getTranslation("intervisie.upcoming")),
                upcoming,
                new H2(getTranslation("intervisie.groups")),
                none,
                create,
                groups,
                methods);
        refresh();
    }

    void refresh() {
        List<GroupSummary> mine = groupService.myGroups();
        groups.setItems(mine);
        none.setVisible(mine.isEmpty());
        upcoming.setItems(sessionService.myUpcoming(10));
    }

    private Dialog createDialog() {
        Dialog dialog = new Dialog(getTranslation("intervisie.group.create"));
        dialog.setId("group-dialog");
        TextField name = new TextField(getTranslation("intervisie.group.name"));
        name.setId("group-name");
        name.setWidthFull();
        PrivacyFeedback nameGuard = new PrivacyFeedback(name, guard);
        List<PersonSummary> people = groupService.memberCandidates();
        MultiSelectComboBox<PersonSummary> members = new MultiSelectComboBox<>(getTranslation("intervisie.members"));
        members.setId("group-members");
        members.setItems(people);
        members.setItemLabelGenerator(PersonSummary::displayName);
        members.setHelperText(getTranslation("intervisie.members.help"));
        members.setWidthFull();
        FacilitationFields facilitation = new FacilitationFields();
        facilitation.show(Facilitation.ROTATING, null, groupService.facilitatorCandidates());
        IntegerField retention = new IntegerField(getTranslation("intervisie.retention"));
        retention.setValue(30);
        retention.setHelperText(getTranslation("intervisie.retention.help"));
        Button save = new Button(getTranslation("form.save"), e -> {
            if (!IntervisieUi.blocked(nameGuard)
                    && IntervisieUi.save(
                            () -> groupService.createGroup(new GroupDraft(
                                    name.getValue(),
                                    facilitation.chosen(),
                                    facilitation.facilitatorId(),
                                    retention.getValue() == null ? 0 : retention.getValue(),
                                    members.getSelectedItems().stream()
                                            .map(PersonSummary::id)
                                            .toList())),
                            Map.of(
                                    "name", name,
                                    "members", members,
                                    "facilitator", facilitation.facilitator,
                                    "retentionDays", retention))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, nameGuard, members, facilitation.facilitation, facilitation.facilitator, retention);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        return dialog;
    }
}
