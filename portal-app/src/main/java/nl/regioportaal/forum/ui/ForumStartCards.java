package nl.regioportaal.forum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regioportaal.base.ui.StartCard;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.forum.FollowUpService;
import nl.regioportaal.forum.ForumModel.FollowUpView;
import nl.regioportaal.forum.ForumModel.MeetingSummary;
import nl.regioportaal.forum.ForumModel.ProposalView;
import nl.regioportaal.forum.MeetingService;
import nl.regioportaal.forum.ProposalService;
import nl.regioportaal.forum.RsvpAnswer;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The forum's cards on Start: my next meeting with my answer, and for a chair the proposals waiting. */
@Configuration(proxyBeanMethods = false)
class ForumStartCards {

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? PortalI18NProvider.DUTCH : ui.getLocale();
    }

    private static String t(String key, Object... params) {
        return PortalI18NProvider.translate(key, locale(), params);
    }

    /** Marks the card as the forum's: which ones a person gets depends on their meetings, not on their role. */
    private static Component forumCard(Component card) {
        card.getElement().setAttribute("data-module", "forum");
        return card;
    }

    @Bean
    StartCard forumNextMeetingCard(MeetingService meetings) {
        return new StartCard() {
            public int order() {
                return 200;
            }

            public Optional<Component> create(PortalUser user) {
                List<MeetingSummary> next = meetings.myUpcoming(1);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                MeetingSummary m = next.getFirst();
                RsvpAnswer answer = meetings.myAnswer(m.id());
                Paragraph text = new Paragraph(t(
                        "forum.card.next.text",
                        m.title(),
                        m.forumName(),
                        ForumUi.when(m, locale()),
                        t(answer == null ? "forum.card.next.unanswered" : "forum.rsvp." + answer)));
                return Optional.of(forumCard(
                        StartView.card(t("forum.card.next"), text, ForumUi.meetingLink(m, t("forum.card.open")))));
            }
        };
    }

    @Bean
    StartCard forumProposalsWaitingCard(ProposalService proposals) {
        return new StartCard() {
            public int order() {
                return 201;
            }

            public Optional<Component> create(PortalUser user) {
                List<ProposalView> waiting = proposals.waitingForMyAnswer();
                if (waiting.isEmpty()) {
                    return Optional.empty();
                }
                UnorderedList list = new UnorderedList();
                waiting.forEach(p -> list.add(new ListItem(p.title() + " (" + p.proposer() + ")")));
                Anchor open = new Anchor("overleg/" + waiting.getFirst().forumId(), t("forum.card.answer"));
                return Optional.of(forumCard(StartView.card(t("forum.card.waiting", waiting.size()), list, open)));
            }
        };
    }

    @Bean
    StartCard forumMyActionsCard(FollowUpService followUps) {
        return new StartCard() {
            public int order() {
                return 202;
            }

            public Optional<Component> create(PortalUser user) {
                List<FollowUpView> mine = followUps.mine();
                if (mine.isEmpty()) {
                    return Optional.empty();
                }
                UnorderedList list = new UnorderedList();
                mine.stream().limit(3).forEach(f -> list.add(new ListItem(f.description())));
                long overdue = mine.stream().filter(FollowUpView::overdue).count();
                Paragraph late = new Paragraph(overdue == 0 ? "" : t("forum.card.actions.overdue", overdue));
                Anchor open = new Anchor("overleg/acties", t("forum.card.actions.open"));
                open.setId("card-my-actions");
                return Optional.of(forumCard(StartView.card(t("forum.card.actions", mine.size()), late, list, open)));
            }
        };
    }
}
