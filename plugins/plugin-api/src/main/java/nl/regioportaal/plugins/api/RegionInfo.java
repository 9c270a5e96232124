package nl.regioportaal.plugins.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read-only view of the region's municipalities, teams and staff. */
public interface RegionInfo {

    List<Municipality> municipalities();

    List<Team> teams();

    List<Team> teamsOf(long municipalityId);

    Optional<Team> team(long teamId);

    Optional<Person> person(long personId);

    /** Active staff of a team (team leaders included). */
    List<Person> activeMembersOf(long teamId);

    record Municipality(long id, String name) {}

    record Team(long id, String name, long municipalityId, String municipalityName) {}

    record Person(long id, String displayName, Long municipalityId, Set<Long> teamIds, Set<String> roles) {}
}
