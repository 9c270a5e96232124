package nl.regioportaal.modulesfixture;

/**
 * Root of a tiny application used only by {@code ModulesTest}: three modules, one of which uses a
 * module it did not declare. Not a Spring component and not scanned by the portal's module model
 * (that one leaves test classes out).
 */
public final class FixtureRoot {

    private FixtureRoot() {}
}
