/**
 * The shared shell: main layout with the role-filtered side menu, the Start page and its card
 * slots, error pages, and small UI building blocks every feature view uses.
 */
package nl.regioportaal.base.ui;
