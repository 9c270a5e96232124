/**
 * Accounts, roles, login and the current user. Knows nothing of the region model: it asks a
 * {@link nl.regioportaal.security.UserProfileProvider} (implemented by the region module) who a
 * person is. Every other module checks roles and objects through {@link nl.regioportaal.security.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package nl.regioportaal.security;
