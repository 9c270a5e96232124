/**
 * The shell every feature's screens live in (see {@code base.ui}). Open: feature views build on its
 * page, layout and component classes. Depends on security (who is logged in) and the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shell",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.regioportaal.base;
