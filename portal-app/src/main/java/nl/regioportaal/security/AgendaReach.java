package nl.regioportaal.security;

/**
 * How much of the development agenda a user reaches, as {@link AccessPolicy#agendaReach} decides:
 * the whole agenda (municipal staff and the region), only what is shared with one provider
 * organisation (its representative), or nothing. Services pick their query from it, so a provider's
 * scope is applied in the repository and never left to a screen.
 */
public sealed interface AgendaReach {

    record Everything() implements AgendaReach {}

    record SharedWith(long providerId) implements AgendaReach {}

    record Nothing() implements AgendaReach {}
}
