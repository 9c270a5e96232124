package nl.regioportaal.region;

import java.util.List;
import java.util.Optional;
import nl.regioportaal.security.UserProfile;
import nl.regioportaal.security.UserProfileProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the security module who the person behind an account is (runs before anyone is logged in). */
@Component
class RegionUserProfiles implements UserProfileProvider {

    private final PersonRepository people;

    RegionUserProfiles(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserProfile> profileOf(long personId) {
        return people.findWithDetailsById(personId).map(p -> {
            PersonSummary s = PersonSummary.of(p);
            return new UserProfile(
                    p.getId(),
                    p.getDisplayName(),
                    s.roles(),
                    s.municipalityId(),
                    s.teamIds(),
                    p.getProvider() == null ? null : p.getProvider().getId(),
                    p.isActive());
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> activePersonWithEmail(String email) {
        List<Person> found = people.findByEmailIgnoreCase(email.trim());
        return found.size() == 1 && found.getFirst().isActive()
                ? Optional.of(found.getFirst().getId())
                : Optional.empty();
    }
}
