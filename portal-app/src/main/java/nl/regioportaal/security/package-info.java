/**
 * Accounts, roles, login and the current user. Knows nothing of the region model: it asks a
 * {@link nl.regioportaal.security.UserProfileProvider} (implemented by the region module) who a
 * person is. Every other module checks roles and objects through {@link nl.regioportaal.security.CurrentUser}
 * and {@link nl.regioportaal.security.AccessPolicy}. Its {@code ui} (the login page) is a nested module
 * the security configuration points at.
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"security.ui", "shared"})
package nl.regioportaal.security;

import org.springframework.modulith.ApplicationModule;
