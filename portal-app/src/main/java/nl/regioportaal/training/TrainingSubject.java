package nl.regioportaal.training;

import java.time.LocalDate;
import java.util.Set;
import nl.regioportaal.region.TeamKind;
import nl.regioportaal.security.Role;

/** The facts about a person that decide which courses are mandatory for them and by when. */
public record TrainingSubject(
        long personId, Set<Role> roles, Long municipalityId, Set<TeamKind> teamKinds, LocalDate startDate) {}
