package nl.regioportaal.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioportaal.base.ui.FieldErrors;
import nl.regioportaal.base.ui.StartCard;
import nl.regioportaal.base.ui.StartView;
import nl.regioportaal.base.ui.component.PrivacyFeedback;
import nl.regioportaal.security.PortalUser;
import nl.regioportaal.security.Role;
import nl.regioportaal.shared.ValidationFailedException;
import nl.regioportaal.shared.privacy.PrivacyGuard;
import nl.regioportaal.training.ApprovalService;
import nl.regioportaal.training.ApprovalService.ApprovalRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The team leader's requests for approval on Start: approve at once, or decline with a reason the
 * person reads in their notice. The card only shows when there is something to decide.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalStartCard {

    @Bean
    StartCard trainingApprovalCard(ApprovalService approvals, PrivacyGuard privacy) {
        return new StartCard() {
            public int order() {
                return 99;
            }

            public Optional<Component> create(PortalUser user) {
                if (!user.hasRole(Role.TEAM_LEADER)) {
                    return Optional.empty();
                }
                List<ApprovalRequest> requests = approvals.pendingRequests();
                if (requests.isEmpty()) {
                    return Optional.empty();
                }
                Div body = new Div();
                Div card = StartView.card(TrainingStartCards.t("training.approval.card"), body);
                card.setId("approval-card");
                new Requests(approvals, privacy, body).show(requests);
                return Optional.of(card);
            }
        };
    }

    /** The list inside the card, shown again after each decision. */
    private record Requests(ApprovalService approvals, PrivacyGuard privacy, Div body) {

        void show(List<ApprovalRequest> requests) {
            body.removeAll();
            if (requests.isEmpty()) {
                body.add(new Paragraph(TrainingStartCards.t("training.approval.card.none")));
                return;
            }
            UnorderedList list = new UnorderedList();
            for (ApprovalRequest r : requests) {
                Button approve = new Button(
                        TrainingStartCards.t("training.approval.approve"),
                        e -> decided(
                                () -> approvals.approve(r.enrolmentId()),
                                TrainingStartCards.t("training.approval.approved", r.personName())));
                approve.setId("approve-" + r.enrolmentId());
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                approve.setAriaLabel(TrainingStartCards.t("training.approval.approve") + " " + r.personName());
                Button decline = new Button(TrainingStartCards.t("training.approval.decline"), e -> declineDialog(r));
                decline.setId("decline-" + r.enrolmentId());
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
                decline.setAriaLabel(TrainingStartCards.t("training.approval.decline") + " " + r.personName());
                ListItem item = new ListItem(
                        new Span(TrainingStartCards.t(
                                "training.approval.request",
                                r.personName(),
                                r.courseTitle(),
                                TrainingUi.dateTime(r.startsAt()),
                                TrainingUi.date(r.holdUntil()))),
                        new HorizontalLayout(approve, decline));
                list.add(item);
            }
            body.add(list);
        }

        private void declineDialog(ApprovalRequest r) {
            Dialog dialog = new Dialog(TrainingStartCards.t("training.approval.decline.header", r.personName()));
            dialog.setId("decline-dialog");
            TextArea reason = new TextArea(TrainingStartCards.t("training.approval.reason"));
            reason.setId("decline-reason");
            reason.setMaxLength(500);
            reason.setWidthFull();
            PrivacyFeedback feedback = new PrivacyFeedback(reason, privacy);
            Button confirm = new Button(TrainingStartCards.t("training.approval.decline"), e -> {
                try {
                    approvals.decline(r.enrolmentId(), reason.getValue());
                } catch (ValidationFailedException ex) {
                    FieldErrors.show(ex, Map.of("reason", reason));
                    return;
                }
                dialog.close();
                success(TrainingStartCards.t("training.approval.declined", r.personName()));
                show(approvals.pendingRequests());
            });
            confirm.setId("decline-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            Button back = new Button(TrainingStartCards.t("training.approval.back"), e -> dialog.close());
            dialog.add(reason, feedback);
            dialog.getFooter().add(back, confirm);
            dialog.open();
        }

        private void decided(Runnable decision, String done) {
            try {
                decision.run();
                success(done);
            } catch (ValidationFailedException ex) {
                FieldErrors.show(ex, Map.of());
            }
            show(approvals.pendingRequests());
        }

        private static void success(String text) {
            Notification.show(text, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
