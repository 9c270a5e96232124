/**
 * The region model: region, municipalities, teams, staff (people) and provider organisations.
 * {@link nl.regioportaal.region.RegionService} is the API for administration (with role and
 * object checks); {@link nl.regioportaal.region.RegionDirectory} is the read-only view other
 * modules and plugins use. The admin screens are the nested module {@code region.ui}.
 */
@ApplicationModule(
        displayName = "Region",
        allowedDependencies = {"security", "shared"})
package nl.regioportaal.region;

import org.springframework.modulith.ApplicationModule;
