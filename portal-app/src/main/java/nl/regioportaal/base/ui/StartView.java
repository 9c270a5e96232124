package nl.regioportaal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Start": the home page, a set of cards that the features fill for the user's roles. */
@Route("")
@Menu(title = "menu.start", order = 0, icon = "vaadin:home")
@PermitAll
public class StartView extends PortalPage {

    private static final Logger LOG = LoggerFactory.getLogger(StartView.class);

    public StartView(CurrentUser currentUser, List<StartCard> cards) {
        super("start.title");
        PortalUser user = currentUser.require();
        add(new Paragraph(getTranslation("start.welcome", user.displayName())));

        FlexLayout grid = new FlexLayout();
        grid.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        grid.getStyle().set("gap", "var(--lumo-space-m)");
        grid.setWidthFull();
        grid.addClassName("rp-start-cards");
        cards.stream()
                .sorted(Comparator.comparingInt(StartCard::order))
                .map(card -> safely(card, user))
                .flatMap(Optional::stream)
                .forEach(grid::add);
        if (grid.getComponentCount() == 0) {
            grid.add(card(getTranslation("start.empty.title"), new Paragraph(getTranslation("start.empty.text"))));
        }
        add(grid);
    }

    /** One failing card must not take the Start page down: it shows an error card instead. */
    private Optional<Component> safely(StartCard card, PortalUser user) {
        try {
            return card.create(user);
        } catch (RuntimeException e) {
            LOG.error("start card {} failed", card.getClass().getName(), e);
            Div error = new Div(new Paragraph(getTranslation("start.card-failed")));
            error.addClassName("rp-error-card");
            return Optional.of(error);
        }
    }

    /** The look of a Start card, for features that build one. */
    public static Div card(String title, Component... content) {
        Div card = new Div();
        card.addClassName("rp-card");
        card.add(new H3(title));
        card.add(content);
        return card;
    }
}
