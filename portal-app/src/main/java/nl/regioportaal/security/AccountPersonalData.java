package nl.regioportaal.security;

import java.util.Map;
import nl.regioportaal.shared.PersonalData;
import org.springframework.stereotype.Component;

/** The login belongs to the person's data: exported without the password hash, deleted on erasure. */
@Component
class AccountPersonalData implements PersonalData {

    private final AccountRepository accounts;

    AccountPersonalData(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(long personId) {
        return accounts.findByPersonId(personId)
                .<Object>map(a -> Map.of(
                        "username", a.getUsername(),
                        "lastLoginAt", String.valueOf(a.getLastLoginAt()),
                        "preferredLanguage", String.valueOf(a.getPreferredLanguage())))
                .orElse(Map.of());
    }

    @Override
    public void erase(long personId) {
        accounts.findByPersonId(personId).ifPresent(accounts::delete);
    }
}
