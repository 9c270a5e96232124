package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import nl.regioportaal.base.ui.PortalPage;
import nl.regioportaal.forum.FollowUpService;
import nl.regioportaal.forum.FollowUpService.Filter;
import nl.regioportaal.forum.FollowUpStatus;
import nl.regioportaal.forum.ForumDocuments;
import nl.regioportaal.forum.ForumModel.DecisionView;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.forum.ForumModel.ForumSummary;
import nl.regioportaal.forum.ForumModel.MemberRow;
import nl.regioportaal.forum.ForumService;
import nl.regioportaal.forum.MinutesQueries;
import nl.regioportaal.shared.i18n.PortalFormats;

/**
 * A forum's decision list (searchable by words, downloadable as XLSX or CSV) and its action list
 * across meetings: actions and commitments filtered by owner, status and overdue.
 */
@Route("overleg/:forumId/besluiten")
@PermitAll
public class DecisionsAndActionsView extends PortalPage implements BeforeEnterObserver {

    final H2 name = new H2();
    final TextField words = new TextField();
    final Grid<DecisionView> decisions = new Grid<>(DecisionView.class, false);
    final ComboBox<MemberRow> owner = new ComboBox<>();
    final Select<FollowUpStatus> status = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Grid<FollowUpView> followUps = new Grid<>(FollowUpView.class, false);
    final HorizontalLayout downloads = new HorizontalLayout();
    long forumId;
    private final transient ForumService forums;
    private final transient MinutesQueries queries;
    private final transient FollowUpService followUpService;
    private final transient ForumDocuments documents;

    public DecisionsAndActionsView(
            ForumService forums, MinutesQueries queries, FollowUpService followUpService, ForumDocuments documents) {
        super("forum.records");
        this.forums = forums;
        this.queries = queries;
        this.followUpService = followUpService;
        this.documents = documents;

        words.setLabel(getTranslation("forum.records.search"));
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.addValueChangeListener(e -> showDecisions());
        decisions
                .addColumn(DecisionView::reference)
                .setHeader(getTranslation("forum.decision.reference"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        decisions
                .addColumn(DecisionView::text)
                .setHeader(getTranslation("forum.decision.text"))
                .setFlexGrow(3);
        decisions
                .addComponentColumn(d -> new Anchor("overleg/vergadering/" + d.meetingId() + "/notulen", d.itemTitle()))
                .setHeader(getTranslation("forum.item"))
                .setFlexGrow(2);
        decisions.setAriaLabel(getTranslation("forum.decisions"));
        decisions.setAllRowsVisible(true);
        decisions.setWidthFull();

        owner.setLabel(getTranslation("forum.follow-up.owner"));
        owner.setItemLabelGenerator(MemberRow::name);
        owner.setClearButtonVisible(true);
        status.setLabel(getTranslation("forum.follow-up.status"));
        status.setItems(FollowUpStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("forum.follow-up.status.any"));
        status.setItemLabelGenerator(s -> s == null
                ? getTranslation("forum.follow-up.status.any")
                : getTranslation("forum.follow-up.status." + s));
        status.setValue(FollowUpStatus.OPEN);
        overdueOnly.setLabel(getTranslation("forum.follow-up.overdue-only"));
        owner.addValueChangeListener(e -> showFollowUps());
        status.addValueChangeListener(e -> showFollowUps());
        overdueOnly.addValueChangeListener(e -> showFollowUps());
        followUps
                .addColumn(f -> getTranslation("forum.pdf.follow-up." + f.kind()))
                .setHeader(getTranslation("forum.follow-up.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        followUps
                .addColumn(FollowUpView::description)
                .setHeader(getTranslation("forum.follow-up.description"))
                .setFlexGrow(3);
        followUps
                .addColumn(FollowUpView::owner)
                .setHeader(getTranslation("forum.follow-up.owner"))
                .setFlexGrow(2);
        followUps
                .addColumn(f -> PortalFormats.date(f.due(), getLocale()))
                .setHeader(getTranslation("forum.follow-up.due-label"))
                .setAutoWidth(true);
        followUps
                .addColumn(f -> getTranslation("forum.follow-up.status." + f.status())
                        + (f.overdue() ? " · " + getTranslation("forum.follow-up.overdue") : ""))
                .setHeader(getTranslation("forum.follow-up.status"))
                .setAutoWidth(true);
        followUps.setAriaLabel(getTranslation("forum.follow-ups"));
        followUps.setAllRowsVisible(true);
        followUps.setWidthFull();

        HorizontalLayout filters = new HorizontalLayout(owner, status, overdueOnly);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(
                name,
                new H3(getTranslation("forum.decisions")),
                words,
                downloads,
                decisions,
                new H3(getTranslation("forum.follow-ups")),
                filters,
                followUps);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        forumId = event.getRouteParameters().getLong("forumId").orElse(-1L);
        ForumSummary forum;
        try {
            forum = forums.forum(forumId);
        } catch (NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        name.setText(getTranslation("forum.records") + ": " + forum.name());
        owner.setItems(forums.members(forumId));
        showDecisions();
        showFollowUps();
    }

    void showDecisions() {
        decisions.setItems(queries.decisions(forumId, words.getValue()));
        downloads.removeAll();
        String query = words.getValue();
        downloads.add(
                ForumUi.download(
                        "decisions-xlsx",
                        "besluiten-" + forumId + ".xlsx",
                        ForumUi.XLSX,
                        getTranslation("forum.download.decisions-xlsx"),
                        () -> documents.decisionsXlsx(forumId, query, getLocale())),
                ForumUi.download(
                        "decisions-csv",
                        "besluiten-" + forumId + ".csv",
                        "text/csv",
                        getTranslation("forum.download.decisions-csv"),
                        () -> documents.decisionsCsv(forumId, query, getLocale())));
    }

    void showFollowUps() {
        followUps.setItems(followUpService.ofForum(
                forumId,
                new Filter(
                        owner.getValue() == null ? null : owner.getValue().personId(),
                        status.getValue(),
                        overdueOnly.getValue())));
    }
}
