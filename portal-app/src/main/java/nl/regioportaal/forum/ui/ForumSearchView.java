package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.forum.ForumSearch;
import nl.regioportaal.forum.ForumSearch.Hit;
import nl.regioportaal.forum.ForumSearch.HitKind;

/** Search across the items, decisions and actions of my forums (and what I may see as a guest). */
@Route("overleg/zoeken")
@PermitAll
public class ForumSearchView extends PortalPage {

    final TextField query = new TextField();
    final Paragraph summary = new Paragraph();
    final UnorderedList results = new UnorderedList();
    private final transient ForumSearch search;

    public ForumSearchView(ForumSearch search) {
        super("forum.search");
        this.search = search;
        query.setLabel(getTranslation("forum.search.words"));
        query.setHelperText(getTranslation("forum.search.help"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.addValueChangeListener(e -> show());
        summary.getElement().setAttribute("role", "status");
        results.addClassName("rp-card-list");
        add(new H2(getTranslation("forum.search")), query, summary, results);
    }

    void show() {
        List<Hit> hits = search.search(query.getValue());
        results.removeAll();
        hits.forEach(h -> results.add(row(h)));
        summary.setText(query.getValue().isBlank() ? "" : getTranslation("forum.search.count", hits.size()));
    }

    private Component row(Hit hit) {
        ListItem item = new ListItem();
        String kind = getTranslation("forum.search.kind." + hit.kind());
        Component title = hit.meetingId() == null
                ? new Span(hit.title())
                : new Anchor(
                        "overleg/vergadering/" + hit.meetingId() + (hit.kind() == HitKind.ITEM ? "" : "/notulen"),
                        hit.title());
        item.add(new Div(new Span(kind + " · " + hit.forumName() + " · "), title));
        if (!hit.text().isBlank()) {
            item.add(new Div(new Span(hit.text())));
        }
        return item;
    }
}
