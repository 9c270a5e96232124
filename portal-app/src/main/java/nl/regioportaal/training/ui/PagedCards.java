package nl.regioportaal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.List;
import nl.regioportaal.shared.i18n.PortalFormats;

/**
 * A phone's list of cards (shown instead of a table on narrow screens) that holds one page at a
 * time: "Meer tonen" asks for the next page, so a long list is read from the database and sent to
 * the browser as far as the reader scrolls, as a table's lazy data is.
 */
final class PagedCards<T> extends Div {

    /** The page after {@code offset}: at most {@code limit} items. */
    @FunctionalInterface
    interface Fetch<T> extends Serializable {
        List<T> page(int offset, int limit);
    }

    private final UnorderedList list = new UnorderedList();
    private final Paragraph shownText = new Paragraph();
    private final Button more = new Button();
    private final String name;
    private final int pageSize;
    private final SerializableFunction<T, ListItem> card;
    private Fetch<T> fetch = (offset, limit) -> List.of();
    private long total;
    private int shown;

    PagedCards(String name, int pageSize, SerializableFunction<T, ListItem> card) {
        this.name = name;
        this.pageSize = pageSize;
        this.card = card;
        addClassName("rp-narrow-list");
        shownText.addClassName("rp-muted");
        more.setText(getTranslation("training.overview.more"));
        more.addClickListener(e -> next(true));
        TrainingUi.fill(list, name);
        add(list, shownText, more);
        more.setVisible(false);
    }

    /** Starts again from the first page (after the filter changed). */
    void show(long total, Fetch<T> fetch) {
        this.total = total;
        this.fetch = fetch;
        shown = 0;
        TrainingUi.fill(list, name);
        next(false);
    }

    /** The cards on the phone now. */
    List<ListItem> cards() {
        return list.getChildren().map(ListItem.class::cast).toList();
    }

    boolean hasMore() {
        return more.isVisible();
    }

    void showMore() {
        next(true);
    }

    private void next(boolean focusFirstNew) {
        List<T> page = fetch.page(shown, pageSize);
        boolean first = true;
        for (T item : page) {
            ListItem added = card.apply(item);
            list.add(added);
            // a keyboard user goes on where the new cards begin, not back at the top of the list
            if (first && focusFirstNew) {
                added.getElement().setAttribute("tabindex", "-1");
                added.getElement().callJsFunction("focus");
            }
            first = false;
        }
        shown += page.size();
        shownText.setText(getTranslation(
                "training.overview.shown",
                PortalFormats.number(shown, getLocale()),
                PortalFormats.number(total, getLocale())));
        more.setVisible(shown < total && !page.isEmpty());
    }
}
