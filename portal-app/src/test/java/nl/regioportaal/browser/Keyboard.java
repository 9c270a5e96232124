package nl.regioportaal.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Using a page with the keyboard only, as a keyboard or screen-reader user does: Tab until the wanted
 * control has the focus, then press Enter. Controls are named as {@link #focused} describes them.
 */
final class Keyboard {

    /** More Tabs than any of our pages needs to reach a control; beyond that it counts as unreachable. */
    static final int MAX_TABS = 80;

    private Keyboard() {}

    /** Tabs until {@code wanted} has the focus, or fails naming where the focus is. */
    static void tabTo(Browser browser, String wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (wanted.equals(focused(browser))) {
                return;
            }
            press(Keys.TAB, browser);
        }
        throw new AssertionError("not reachable with Tab: " + wanted + " (focus on " + focused(browser) + ")");
    }

    /** "link <text>", "button <id>", "button slot:<slot>" for a dialog's own buttons, else "<tag> <id>". */
    static String focused(Browser browser) {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("const a = document.activeElement; if (!a) return '';"
                        + " if (a.localName === 'a') return 'link ' + a.textContent.trim();"
                        + " if (a.localName === 'vaadin-button' && a.slot) return 'button slot:' + a.slot;"
                        + " if (a.localName === 'vaadin-button') return 'button ' + a.id;"
                        + " return a.localName + ' ' + a.id;"));
    }

    static void press(Keys key, Browser browser) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }
}
