package nl.regioportaal.training;

import java.time.LocalDate;
import java.util.Set;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.security.Role;

/** What the status computation needs of a course: who must follow it, by when, and for how long it counts. */
public record CourseRule(
        long courseId,
        boolean mandatory,
        Set<Role> roles,
        Set<TeamKind> teamKinds,
        Set<Long> municipalityIds,
        LocalDate deadlineDate,
        Integer deadlineMonthsAfterStart,
        Integer validityMonths) {}
