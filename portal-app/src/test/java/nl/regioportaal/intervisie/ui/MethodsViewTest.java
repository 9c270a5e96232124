package nl.regioportaal.intervisie.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.regioportaal.KaribuTest;
import nl.regioportaal.forum.ForumFixtures;
import nl.regioportaal.intervisie.IntervisieModel.MethodView;
import nl.regioportaal.intervisie.MethodService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MethodsViewTest extends KaribuTest {

    @Autowired
    MethodService methods;

    @Test
    void everyoneReadsTheLibraryWithThePhasesOfTheIncidentMethod() {
        login("wijkcoach.baarn");
        MethodsView view = navigate(MethodsView.class);

        String incident = _get(Div.class, s -> s.withId("method-incidentmethode"))
                .getElement()
                .getTextRecursively();
        assertThat(incident)
                .contains("Incidentmethode", "Terugblik op eerder advies – 5 min", "Alleen vragen – 15 min")
                .contains("Analyse zonder de inbrenger – 10 min – de groep, zonder de casusinbrenger");
        assertThat(view.add.isVisible()).isFalse();
        assertThat(_find(Button.class, s -> s.withId("edit-incidentmethode"))).isEmpty();
    }

    @Test
    void theProcessSupervisorAddsAMethodWithOnePhase() {
        login("procesbegeleider");
        MethodsView view = navigate(MethodsView.class);
        _click(view.add);
        String code = "stilte-" + ForumFixtures.uniqueCode().toLowerCase();
        type(_get(TextField.class, s -> s.withId("method-code")), code);
        type(_get(TextField.class, s -> s.withId("method-name-nl")), "Stiltemethode");
        type(_get(TextField.class, s -> s.withId("method-name-en")), "Silence method");
        type(_get(TextField.class, s -> s.withLabel("Naam fase 1 (Nederlands)")), "Stilte");
        type(_get(TextField.class, s -> s.withLabel("Naam fase 1 (Engels)")), "Silence");
        type(_get(IntegerField.class, s -> s.withLabel("Minuten fase 1")), 7);
        type(_get(TextArea.class, s -> s.withLabel("Instructie fase 1 (Nederlands)")), "Zwijg.");
        type(_get(TextArea.class, s -> s.withLabel("Instructie fase 1 (Engels)")), "Be silent.");
        _click(_get(Button.class, s -> s.withId("method-save")));

        assertThat(methods.methods()).extracting(MethodView::code).contains(code);
        assertThat(_get(Div.class, s -> s.withId("method-" + code)).getElement().getTextRecursively())
                .contains("Stilte – 7 min");
    }
}
