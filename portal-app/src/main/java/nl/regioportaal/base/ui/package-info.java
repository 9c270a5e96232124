/**
 * The shared shell: main layout with the role-filtered side menu, the Start page and its card
 * slots, error pages, and small UI building blocks every feature view uses. Published as the named
 * interface {@code base::ui}.
 */
@NamedInterface("ui")
package nl.regioportaal.base.ui;

import org.springframework.modulith.NamedInterface;
