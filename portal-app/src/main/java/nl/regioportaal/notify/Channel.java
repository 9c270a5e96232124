package nl.regioportaal.notify;

/** How a person wants notices of one kind: in the portal only, also by e-mail at once, or in the weekly digest. */
public enum Channel {
    IN_APP,
    EMAIL,
    DIGEST;

    public String i18nKey() {
        return "notify.channel." + name().toLowerCase();
    }
}
