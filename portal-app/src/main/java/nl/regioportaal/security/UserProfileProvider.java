package nl.regioportaal.security;

import java.util.Optional;

/** Implemented by the module that owns people (region), so security does not depend on it. */
public interface UserProfileProvider {
    Optional<UserProfile> profileOf(long personId);

    /** The one active person with this e-mail address (single sign-on matches by it); empty when none or several. */
    Optional<Long> activePersonWithEmail(String email);
}
