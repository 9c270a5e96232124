package nl.regioportaal.notify;

import java.util.Locale;
import java.util.Optional;
import nl.regioportaal.region.PersonSummary;
import nl.regioportaal.region.RegionDirectory;
import nl.regioportaal.security.AccountService;
import nl.regioportaal.security.SystemAuthentication;
import nl.regioportaal.shared.i18n.PortalI18NProvider;
import org.springframework.stereotype.Component;

/** Who a notice goes to: their language (from their account) and address (from the staff directory). */
@Component
class Recipients {

    /** {@code active}: false once the person left or was erased; nothing more is recorded or mailed to them. */
    record Recipient(long personId, String name, String email, Locale locale, boolean active) {}

    private final RegionDirectory directory;
    private final AccountService accounts;

    Recipients(RegionDirectory directory, AccountService accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    Locale localeOf(long personId) {
        return "en".equals(accounts.preferredLanguageOf(personId).orElse("nl"))
                ? PortalI18NProvider.ENGLISH
                : PortalI18NProvider.DUTCH;
    }

    /** Runs as the system: the recipient is rarely the user whose action caused the notice. */
    Optional<Recipient> find(long personId) {
        Optional<PersonSummary> person = SystemAuthentication.call(() -> directory.person(personId));
        return person.map(p -> new Recipient(p.id(), p.displayName(), p.email(), localeOf(personId), p.active()));
    }
}
