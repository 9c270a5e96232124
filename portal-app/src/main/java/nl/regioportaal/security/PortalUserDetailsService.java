package nl.regioportaal.security;

import java.time.Clock;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account and the profile of its person; a locked account is reported as such to Spring Security. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final UserProfileProvider profiles;
    private final Clock clock;

    PortalUserDetailsService(AccountRepository accounts, UserProfileProvider profiles, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PortalUser loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        UserProfile profile = profiles.profileOf(account.getPersonId())
                .orElseThrow(() -> new UsernameNotFoundException("no person for account"));
        return new PortalUser(
                account.getId(),
                account.getUsername(),
                account.getPasswordHash(),
                account.isLockedAt(clock.instant()),
                profile);
    }

    /**
     * After the password matched: is the person still active and the account not locked, read afresh?
     * Guesses sent at the same moment all passed a check made before their passwords; the lock that the
     * first wrong ones set must still stop a right one among them.
     */
    void checkStillAllowed(UserDetails details) {
        PortalUser user = (PortalUser) details;
        if (!user.isEnabled()) {
            throw new DisabledException("person not active");
        }
        if (accounts.findById(user.accountId())
                .map(account -> account.isLockedAt(clock.instant()))
                .orElse(true)) {
            throw new LockedException("account locked");
        }
    }
}
