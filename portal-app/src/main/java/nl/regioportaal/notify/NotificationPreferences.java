package nl.regioportaal.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioportaal.security.CurrentUser;
import nl.regioportaal.security.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per person and kind: in-app only, e-mail at once, or the weekly digest ({@code /profiel}). */
@Service
@Transactional
public class NotificationPreferences {

    public record KindChoice(String kind, String labelKey, Channel defaultChannel, Channel channel) {}

    private final PreferenceRepository preferences;
    private final List<NoticeKinds> kinds;
    private final CurrentUser currentUser;

    NotificationPreferences(PreferenceRepository preferences, List<NoticeKinds> kinds, CurrentUser currentUser) {
        this.preferences = preferences;
        this.kinds = kinds;
        this.currentUser = currentUser;
    }

    /** Every kind the portal sends, with the current user's choice. */
    @Transactional(readOnly = true)
    public List<KindChoice> mine() {
        PortalUser user = currentUser.require();
        Map<String, Channel> chosen = new LinkedHashMap<>();
        preferences
                .findByIdPersonId(user.personId())
                .forEach(p -> chosen.put(p.getId().kind(), p.getChannel()));
        return kinds.stream()
                .flatMap(k -> k.defaults().entrySet().stream()
                        .map(e -> new KindChoice(
                                e.getKey(),
                                k.labelKey(e.getKey()),
                                e.getValue(),
                                chosen.getOrDefault(e.getKey(), e.getValue()))))
                .toList();
    }

    /** The user chooses for themselves only. */
    public void choose(String kind, Channel channel) {
        PortalUser user = currentUser.require();
        if (defaultOf(kind) == null) {
            throw new IllegalArgumentException("unknown kind " + kind);
        }
        Preference.Key key = new Preference.Key(user.personId(), kind);
        preferences
                .findById(key)
                .ifPresentOrElse(
                        p -> p.setChannel(channel),
                        () -> preferences.save(new Preference(user.personId(), kind, channel)));
    }

    /** Used while recording a notice (no user: the listener runs as nobody). */
    Channel channelOf(long personId, String kind) {
        return preferences
                .findById(new Preference.Key(personId, kind))
                .map(Preference::getChannel)
                .orElseGet(() -> {
                    Channel d = defaultOf(kind);
                    // kinds nobody declared (a plugin's): mailed, as the plugin API always promised
                    return d == null ? Channel.EMAIL : d;
                });
    }

    private Channel defaultOf(String kind) {
        for (NoticeKinds k : kinds) {
            Channel c = k.defaults().get(kind);
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
