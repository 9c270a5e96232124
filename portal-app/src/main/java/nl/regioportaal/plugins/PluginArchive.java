package nl.regioportaal.plugins;

/**
 * What the checks found out about an archive that passed them.
 *
 * @param signedBy name of the trusted key whose signature matched, or null when unsigned
 */
record PluginArchive(
        String id,
        String version,
        String requires,
        String provider,
        String description,
        String sha512,
        String signedBy,
        boolean zip) {}
