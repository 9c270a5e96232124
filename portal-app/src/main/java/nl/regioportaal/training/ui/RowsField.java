package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Further entries below a form's first one (day parts, quotas): a row per entry, added with a button
 * and removed with its own. The value is every row's, incomplete rows included, so the binder can
 * say what is missing. Rows are numbered from 2: the form's own fields are number 1.
 */
abstract class RowsField<T> extends CustomField<List<T>> {

    /** One row's fields, read back as a value, renumbered when a row above it goes. */
    interface Row<T> {
        List<Component> fields();

        T value();

        void number(int n);
    }

    private final Div rows = new Div();
    private final List<Row<T>> list = new ArrayList<>();
    private final List<HorizontalLayout> lines = new ArrayList<>();
    private final String idPrefix;
    private final String removeKey;

    /** Texts by bundle key: the field's label, the add button, the remove button ({0}: the row's number). */
    RowsField(String labelKey, String addKey, String idPrefix, String removeKey) {
        this.idPrefix = idPrefix;
        this.removeKey = removeKey;
        setLabel(getTranslation(labelKey));
        getElement().setAttribute("colspan", "2");
        Button add = new Button(getTranslation(addKey), e -> {
            append(null);
            updateValue();
        });
        add.setId("add-" + idPrefix);
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(rows, add);
    }

    /** A row for {@code value} (null: a new, empty one); its fields call {@link #updateValue()} on change. */
    protected abstract Row<T> row(T value);

    @Override
    protected List<T> generateModelValue() {
        return list.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<T> values) {
        list.clear();
        lines.clear();
        rows.removeAll();
        if (values != null) {
            values.forEach(this::append);
        }
    }

    private void append(T value) {
        Row<T> row = row(value);
        HorizontalLayout line = new HorizontalLayout();
        line.setWrap(true);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.add(row.fields().toArray(Component[]::new));
        Button remove = new Button();
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> {
            int at = lines.indexOf(line);
            list.remove(at);
            lines.remove(at);
            rows.remove(line);
            renumber();
            updateValue();
        });
        line.add(remove);
        list.add(row);
        lines.add(line);
        rows.add(line);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < list.size(); i++) {
            int n = i + 2;
            list.get(i).number(n);
            Button remove = (Button) lines.get(i).getComponentAt(lines.get(i).getComponentCount() - 1);
            remove.setText(getTranslation(removeKey, n));
            remove.setId("remove-" + idPrefix + "-" + n);
        }
    }
}
