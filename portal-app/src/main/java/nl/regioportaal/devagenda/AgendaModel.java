package nl.regioportaal.devagenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The development agenda's values as its screens, exports and other modules see them. */
public final class AgendaModel {

    private AgendaModel() {}

    public record ThemeDraft(String title, String goal, Long leadMunicipalityId) {}

    public record ThemeView(long id, long version, String title, String goal, long leadMunicipalityId, String lead) {}

    /** What an owner fills in; a null weight counts as 1. */
    public record InitiativeDraft(
            Long themeId,
            String title,
            String description,
            Long ownerMunicipalityId,
            Long coOwnerProviderId,
            Set<Long> participatingProviderIds,
            Set<Long> participatingMunicipalityIds,
            InitiativeStatus status,
            Integer percentage,
            Integer weight,
            LocalDate start,
            LocalDate end,
            String links,
            String internalNotes) {}

    /** One initiative in a list or an export. */
    public record InitiativeRow(
            long id,
            long themeId,
            String theme,
            String title,
            String owner,
            String coOwner,
            InitiativeStatus status,
            int percentage,
            int weight,
            LocalDate start,
            LocalDate end,
            int lateMilestones,
            Instant changedAt) {}

    public record MilestoneView(
            long id, long version, String title, LocalDate due, LocalDate doneOn, MilestoneState state) {}

    public record TimelineView(
            long id,
            TimelineKind kind,
            String author,
            String text,
            InitiativeStatus newStatus,
            Integer newPercentage,
            String reference,
            Instant at) {}

    /** One initiative as the user may see it: {@code internalNotes} is null for whoever may not read them. */
    public record InitiativeDetail(
            InitiativeRow row,
            long version,
            String description,
            long ownerMunicipalityId,
            Long coOwnerProviderId,
            Set<Long> participatingProviderIds,
            Set<Long> participatingMunicipalityIds,
            List<String> participants,
            Set<Long> sharedWithIds,
            List<String> sharedWith,
            List<String> links,
            String internalNotes,
            List<MilestoneView> milestones,
            List<TimelineView> timeline,
            boolean following,
            boolean mayEdit,
            boolean mayPostUpdate) {}

    /**
     * A theme's roll-up: initiatives per status, the weighted progress Σ(percentage × weight) / Σ(weight)
     * over those not stopped (null when there are none), and the late milestones.
     */
    public record ThemeRollup(
            Long themeId,
            String title,
            Map<InitiativeStatus, Integer> perStatus,
            Double weightedProgress,
            int lateMilestones) {

        public int initiatives() {
            return perStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A change on the timeline of an initiative the user may see ("what changed since the last meeting"). */
    public record Change(long initiativeId, String initiative, String theme, TimelineView entry) {}

    public record RejectedRow(int row, String reason) {}

    /** The outcome of an import: all rows imported, or none and the rows that were refused, with the Dutch reason. */
    public record ImportReport(int imported, List<RejectedRow> rejected) {

        public boolean succeeded() {
            return rejected.isEmpty();
        }
    }
}
