package nl.regioportaal.security;

import java.util.Set;

/**
 * How far a user's overview reaches: the whole region, one municipality, some teams, or nothing
 * beyond themselves. Overviews (compliance, and later forums and the development agenda) start
 * from this instead of testing roles themselves.
 */
public sealed interface UserScope {

    record Region() implements UserScope {}

    record Municipality(long municipalityId) implements UserScope {}

    record Teams(Set<Long> teamIds) implements UserScope {
        public Teams {
            teamIds = Set.copyOf(teamIds);
        }
    }

    record Own(long personId) implements UserScope {}
}
