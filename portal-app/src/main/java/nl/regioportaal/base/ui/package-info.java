/**
 * The shared shell: main layout with the role-filtered side menu, the Start page and its card
 * slots, error pages, and small UI building blocks every feature view uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package nl.regioportaal.base.ui;
