package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.intervisie.IntervisieModel.MethodView;
import nl.regioportaal.intervisie.IntervisieModel.PhaseDraft;
import nl.regioportaal.intervisie.MethodService;
import nl.regioportaal.shared.privacy.PrivacyGuard;

/**
 * The methods library: each method with its phases, minutes, who speaks and the instruction. The
 * process supervisor adds, edits (a new version; planned sessions keep theirs) and retires methods.
 */
@Route("intervisie/methoden")
@PermitAll
public class MethodsView extends PortalPage {

    final Div list = new Div();
    final Button add = new Button();
    private final transient MethodService methods;
    private final transient PrivacyGuard guard;

    public MethodsView(MethodService methods, PrivacyGuard guard) {
        super("intervisie.methods");
        this.methods = methods;
        this.guard = guard;
        add.setText(getTranslation("intervisie.method.add"));
        add.setId("add-method");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new MethodDialog(methods, guard, null, this::refresh).open());
        add.setVisible(methods.mayManage());
        // also gives a reader without edit rights something to reach the scrolled page with the keyboard
        Anchor back = new Anchor("intervisie", getTranslation("intervisie.to-overview"));
        back.setId("to-overview");
        add(back, add, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        boolean manage = methods.mayManage();
        for (MethodView m : methods.methods()) {
            boolean english = IntervisieUi.english();
            H3 heading = new H3((english ? m.nameEn() : m.nameNl())
                    + (m.retired() ? " (" + getTranslation("intervisie.method.retired") + ")" : ""));
            Paragraph about = new Paragraph(getTranslation("intervisie.method.about", m.totalMinutes(), m.number()));
            OrderedList phases = new OrderedList();
            for (PhaseDraft p : m.phases()) {
                phases.add(new ListItem((english ? p.nameEn() : p.nameNl()) + " – " + p.minutes() + " min – "
                        + getTranslation("intervisie.speaker." + p.speaker()) + ": "
                        + (english ? p.instructionEn() : p.instructionNl())));
            }
            Div card = new Div(heading, about, phases);
            card.setId("method-" + m.code());
            if (manage) {
                Button edit = new Button(
                        getTranslation("intervisie.method.edit"),
                        e -> new MethodDialog(methods, guard, m, this::refresh).open());
                edit.setId("edit-" + m.code());
                edit.setAriaLabel(getTranslation("intervisie.method.edit") + " " + m.nameNl());
                Button retire = new Button(
                        getTranslation(m.retired() ? "intervisie.method.reinstate" : "intervisie.method.retire"), e -> {
                            methods.setRetired(m.methodId(), !m.retired());
                            refresh();
                        });
                retire.setId("retire-" + m.code());
                retire.setAriaLabel(retire.getText() + " " + m.nameNl());
                card.add(new HorizontalLayout(edit, retire));
            }
            list.add(card);
        }
    }
}
