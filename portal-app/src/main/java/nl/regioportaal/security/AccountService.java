package nl.regioportaal.security;

import java.util.Optional;
import java.util.Set;
import nl.regioportaal.shared.ValidationFailedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security module's API: accounts of people, language preference, password changes. */
@Service
@Transactional
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Set<String> LANGUAGES = Set.of("nl", "en");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final UserProfileProvider profiles;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            AccessPolicy policy,
            UserProfileProvider profiles) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.policy = policy;
        this.profiles = profiles;
    }

    /**
     * Creates a login for a person. Only their administrators may (the demo seeder runs as the
     * system), and a municipality administrator not for a holder of a region-wide role: whoever
     * sets the first password can log in as that person. The password rule is not applied here so
     * that the demo can use its documented password.
     */
    public void createAccount(String username, String rawPassword, long personId) {
        PortalUser user = currentUser.requireAnyRole(Role.ADMIN, Role.MUNICIPALITY_ADMIN);
        Optional<UserProfile> person = profiles.profileOf(personId);
        policy.require(
                policy.mayEditPerson(
                        user,
                        scopeOf(personId, person),
                        person.map(UserProfile::roles).orElse(Set.of())),
                "not an administrator of this person");
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!name.matches("[a-z0-9._-]{3,100}")) {
            throw ValidationFailedException.of("username", "account.error.username-format");
        }
        if (accounts.existsByUsernameIgnoreCase(name)) {
            throw ValidationFailedException.of("username", "account.error.username-taken");
        }
        if (accounts.findByPersonId(personId).isPresent()) {
            throw ValidationFailedException.of("username", "account.error.person-has-account");
        }
        accounts.save(new Account(name, passwordEncoder.encode(rawPassword), personId));
    }

    @Transactional(readOnly = true)
    public Optional<String> usernameOf(long personId) {
        return accounts.findByPersonId(personId).map(Account::getUsername);
    }

    @Transactional(readOnly = true)
    public Optional<String> preferredLanguage() {
        return currentUser.get().flatMap(u -> accounts.findById(u.accountId())).map(Account::getPreferredLanguage);
    }

    /** The language a person chose ({@code nl} or {@code en}), for texts sent to them (notices, mails). */
    @Transactional(readOnly = true)
    public Optional<String> preferredLanguageOf(long personId) {
        return accounts.findByPersonId(personId).map(Account::getPreferredLanguage);
    }

    public void setPreferredLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw ValidationFailedException.of("language", "account.error.language");
        }
        PortalUser user = currentUser.require();
        accounts.findById(user.accountId()).ifPresent(a -> a.setPreferredLanguage(language));
    }

    public void changePassword(String oldPassword, String newPassword) {
        PortalUser user = currentUser.require();
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!passwordEncoder.matches(oldPassword, account.getPasswordHash())) {
            throw ValidationFailedException.of("oldPassword", "account.error.old-password");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw ValidationFailedException.of("newPassword", "account.error.password-short");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    /** Part of erasing a person's data (AVG): the login goes with it. */
    public void deleteAccountOf(long personId) {
        PortalUser user = currentUser.requireAnyRole(Role.ADMIN, Role.MUNICIPALITY_ADMIN);
        Optional<UserProfile> person = profiles.profileOf(personId);
        policy.require(
                policy.mayErasePersonalData(
                        user,
                        scopeOf(personId, person),
                        person.map(UserProfile::roles).orElse(Set.of())),
                "not an administrator of this person, or erasing oneself");
        accounts.findByPersonId(personId).ifPresent(accounts::delete);
    }

    /** Someone unknown has no municipality: only the administrator passes the policy for them. */
    private static PersonScope scopeOf(long personId, Optional<UserProfile> person) {
        return person.map(PersonScope::of).orElseGet(() -> new PersonScope(personId, null, Set.of()));
    }
}
