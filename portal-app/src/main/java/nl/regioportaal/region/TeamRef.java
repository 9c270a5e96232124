package nl.regioportaal.region;

public record TeamRef(long id, String name, long municipalityId, String municipalityName, TeamKind kind) {

    static TeamRef of(Team t) {
        return new TeamRef(
                t.getId(),
                t.getName(),
                t.getMunicipality().getId(),
                t.getMunicipality().getName(),
                t.getKind());
    }
}
