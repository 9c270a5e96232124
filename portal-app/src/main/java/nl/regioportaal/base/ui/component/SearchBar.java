package nl.regioportaal.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The filter row above an administration grid: a search field (refreshing as you type) and actions. */
public class SearchBar extends HorizontalLayout {

    private final TextField text = new TextField();

    public SearchBar(String label) {
        text.setLabel(label);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(text);
    }

    /** What to do when the search text changes (typically: refresh the grid). */
    public void onChange(Runnable refresh) {
        text.addValueChangeListener(e -> refresh.run());
    }

    public String text() {
        return text.getValue();
    }

    public TextField field() {
        return text;
    }

    /** Adds more filters (combo boxes) after the text field. */
    public void addFilters(Component... filters) {
        addComponentAtIndex(1, new HorizontalLayout(filters));
    }
}
