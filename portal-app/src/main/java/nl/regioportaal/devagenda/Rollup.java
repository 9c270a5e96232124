package nl.regioportaal.devagenda;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import nl.regioportaal.devagenda.AgendaModel.ThemeRollup;

/** The roll-up arithmetic, in one place for the theme, the region, the screen and the PDF. */
final class Rollup {

    private Rollup() {}

    static ThemeRollup of(Long themeId, String title, Collection<Initiative> initiatives, LocalDate today) {
        Map<InitiativeStatus, Integer> perStatus = new EnumMap<>(InitiativeStatus.class);
        for (InitiativeStatus status : InitiativeStatus.values()) {
            perStatus.put(status, 0);
        }
        long weighted = 0;
        long weights = 0;
        int late = 0;
        for (Initiative i : initiatives) {
            perStatus.merge(i.getStatus(), 1, Integer::sum);
            late += (int) i.lateMilestones(today);
            if (i.getStatus() != InitiativeStatus.STOPPED) {
                weighted += (long) i.getPercentage() * i.getWeight();
                weights += i.getWeight();
            }
        }
        Double progress = weights == 0 ? null : (double) weighted / weights;
        return new ThemeRollup(themeId, title, perStatus, progress, late);
    }
}
