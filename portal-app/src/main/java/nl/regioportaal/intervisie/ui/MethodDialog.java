package nl.regioportaal.intervisie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.regioportaal.base.ui.component.PrivacyFeedback;
import nl.regioportaal.intervisie.IntervisieModel.MethodDraft;
import nl.regioportaal.intervisie.IntervisieModel.MethodView;
import nl.regioportaal.intervisie.IntervisieModel.PhaseDraft;
import nl.regioportaal.intervisie.MethodService;
import nl.regioportaal.intervisie.Speaker;
import nl.regioportaal.shared.privacy.PrivacyGuard;

/** Adds a method or edits one (saved as its next version), with a row of fields per phase. */
class MethodDialog extends Dialog {

    private final TextField code = new TextField(IntervisieUi.t("intervisie.method.code"));
    private final TextField nameNl = new TextField(IntervisieUi.t("intervisie.method.name-nl"));
    private final TextField nameEn = new TextField(IntervisieUi.t("intervisie.method.name-en"));
    private final Checkbox groupChooses = new Checkbox(IntervisieUi.t("intervisie.method.group-chooses"));
    private final Div phaseBox = new Div();
    private final List<PhaseRow> rows = new ArrayList<>();
    private final PrivacyGuard guard;

    /** The fields of one phase. */
    private record PhaseRow(
            FormLayout form,
            TextField nameNl,
            TextField nameEn,
            IntegerField minutes,
            Select<Speaker> speaker,
            TextArea instructionNl,
            TextArea instructionEn,
            PrivacyFeedback guardNl,
            PrivacyFeedback guardEn) {

        PhaseDraft draft() {
            return new PhaseDraft(
                    nameNl.getValue(),
                    nameEn.getValue(),
                    minutes.getValue() == null ? 0 : minutes.getValue(),
                    speaker.getValue(),
                    instructionNl.getValue(),
                    instructionEn.getValue());
        }
    }

    MethodDialog(MethodService methods, PrivacyGuard guard, MethodView method, Runnable saved) {
        this.guard = guard;
        setHeaderTitle(IntervisieUi.t(method == null ? "intervisie.method.add" : "intervisie.method.edit"));
        setId("method-dialog");
        setWidth("min(56rem, 95vw)");
        code.setId("method-code");
        code.setVisible(method == null);
        nameNl.setId("method-name-nl");
        nameEn.setId("method-name-en");
        if (method != null) {
            nameNl.setValue(method.nameNl());
            nameEn.setValue(method.nameEn());
            groupChooses.setValue(method.groupChooses());
            method.phases().forEach(this::addRow);
        } else {
            addRow(null);
        }
        Button addPhase = new Button(IntervisieUi.t("intervisie.method.add-phase"), e -> addRow(null));
        addPhase.setId("add-phase");
        add(new FormLayout(code, nameNl, nameEn, groupChooses), phaseBox, addPhase);
        Button save = new Button(IntervisieUi.t("form.save"), e -> {
            MethodDraft draft = new MethodDraft(
                    code.getValue(),
                    nameNl.getValue(),
                    nameEn.getValue(),
                    groupChooses.getValue(),
                    rows.stream().map(PhaseRow::draft).toList());
            PrivacyFeedback[] guards = rows.stream()
                    .flatMap(r -> Stream.of(r.guardNl(), r.guardEn()))
                    .toArray(PrivacyFeedback[]::new);
            if (!IntervisieUi.blocked(guards)
                    && IntervisieUi.save(
                            () -> {
                                if (method == null) {
                                    methods.addMethod(draft);
                                } else {
                                    methods.editMethod(method.methodId(), draft);
                                }
                            },
                            Map.of("code", code, "name", nameNl))) {
                close();
                saved.run();
            }
        });
        save.setId("method-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(IntervisieUi.t("form.cancel"), e -> close()), save);
    }

    private void addRow(PhaseDraft phase) {
        int n = rows.size() + 1;
        TextField pNl = new TextField(IntervisieUi.t("intervisie.phase.name-nl", n));
        TextField pEn = new TextField(IntervisieUi.t("intervisie.phase.name-en", n));
        IntegerField minutes = new IntegerField(IntervisieUi.t("intervisie.phase.minutes", n));
        minutes.setMin(1);
        minutes.setMax(120);
        Select<Speaker> speaker = new Select<>();
        speaker.setLabel(IntervisieUi.t("intervisie.phase.speaker", n));
        speaker.setItems(Speaker.values());
        speaker.setItemLabelGenerator(s -> IntervisieUi.t("intervisie.speaker." + s));
        TextArea iNl = new TextArea(IntervisieUi.t("intervisie.phase.instruction-nl", n));
        TextArea iEn = new TextArea(IntervisieUi.t("intervisie.phase.instruction-en", n));
        if (phase != null) {
            pNl.setValue(phase.nameNl());
            pEn.setValue(phase.nameEn());
            minutes.setValue(phase.minutes());
            speaker.setValue(phase.speaker());
            iNl.setValue(phase.instructionNl());
            iEn.setValue(phase.instructionEn());
        } else {
            speaker.setValue(Speaker.GROUP);
        }
        PrivacyFeedback gNl = new PrivacyFeedback(iNl, guard);
        PrivacyFeedback gEn = new PrivacyFeedback(iEn, guard);
        FormLayout form = new FormLayout(pNl, pEn, minutes, speaker, iNl, gNl, iEn, gEn);
        PhaseRow row = new PhaseRow(form, pNl, pEn, minutes, speaker, iNl, iEn, gNl, gEn);
        Div box = new Div(new H4(IntervisieUi.t("intervisie.phase", n)), form);
        Button remove = new Button(IntervisieUi.t("intervisie.phase.remove", n), e -> {
            rows.remove(row);
            phaseBox.remove(box);
        });
        form.add(remove);
        rows.add(row);
        phaseBox.add(box);
    }
}
