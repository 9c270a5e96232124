package nl.regioportaal.plugins.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regioportaal.plugins.api.RegionInfo;

/**
 * A small region to test against, changeable per test: four municipalities (Amersfoort 1, Baarn 2,
 * Leusden 3, Soest 4), one team each (ids 11 to 14) and nobody in them until a test adds people.
 */
public final class TestRegion implements RegionInfo {

    private final List<Municipality> municipalities = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    TestRegion() {
        String[] names = {"Amersfoort", "Baarn", "Leusden", "Soest"};
        for (int i = 0; i < names.length; i++) {
            long id = i + 1;
            municipalities.add(new Municipality(id, names[i]));
            teams.add(new Team(10 + id, "Sociaal team " + names[i], id, names[i]));
        }
    }

    public TestRegion addMunicipality(long id, String name) {
        municipalities.add(new Municipality(id, name));
        return this;
    }

    public TestRegion addTeam(long id, String name, long municipalityId) {
        String municipality = municipalities.stream()
                .filter(m -> m.id() == municipalityId)
                .map(Municipality::name)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no municipality " + municipalityId));
        teams.add(new Team(id, name, municipalityId, municipality));
        return this;
    }

    /** Adds an active staff member (in the teams given). */
    public TestRegion addPerson(long id, String displayName, Long municipalityId, Set<Long> teamIds, String... roles) {
        people.add(new Person(id, displayName, municipalityId, Set.copyOf(teamIds), Set.of(roles)));
        return this;
    }

    @Override
    public List<Municipality> municipalities() {
        return List.copyOf(municipalities);
    }

    @Override
    public List<Team> teams() {
        return List.copyOf(teams);
    }

    @Override
    public List<Team> teamsOf(long municipalityId) {
        return teams.stream().filter(t -> t.municipalityId() == municipalityId).toList();
    }

    @Override
    public Optional<Team> team(long teamId) {
        return teams.stream().filter(t -> t.id() == teamId).findFirst();
    }

    @Override
    public Optional<Person> person(long personId) {
        return people.stream().filter(p -> p.id() == personId).findFirst();
    }

    @Override
    public List<Person> activeMembersOf(long teamId) {
        return people.stream().filter(p -> p.teamIds().contains(teamId)).toList();
    }
}
