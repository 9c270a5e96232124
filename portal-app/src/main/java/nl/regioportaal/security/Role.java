package nl.regioportaal.security;

/** The portal's roles; a person can hold several. Screen names come from the i18n key {@code role.NAME}. */
public enum Role {
    PROFESSIONAL,
    TEAM_LEADER,
    MANAGER,
    PROCESS_SUPERVISOR,
    PROVIDER,
    TRAINER,
    MUNICIPALITY_ADMIN,
    ADMIN;

    /** Constant names for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String PROFESSIONAL = "PROFESSIONAL";
        public static final String TEAM_LEADER = "TEAM_LEADER";
        public static final String MANAGER = "MANAGER";
        public static final String PROCESS_SUPERVISOR = "PROCESS_SUPERVISOR";
        public static final String PROVIDER = "PROVIDER";
        public static final String TRAINER = "TRAINER";
        public static final String MUNICIPALITY_ADMIN = "MUNICIPALITY_ADMIN";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String i18nKey() {
        return "role." + name();
    }
}
