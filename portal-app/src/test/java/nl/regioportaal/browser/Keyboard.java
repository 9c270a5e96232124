package nl.regioportaal.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Using a page with the keyboard only: Tab to a link or button, Enter on it, and into a table's row
 * the way vaadin-grid lets a keyboard user in (Tab onto the table, arrows to the row, Enter into the
 * cell's button).
 */
final class Keyboard {

    private static final int MAX_TABS = 80;
    private static final int MAX_ROWS = 300;

    private Keyboard() {}

    static void login(Browser browser, String account) {
        browser.open("/login");
        browser.waitFor(Browser.LOGIN_USER_NAME).sendKeys(account, Keys.TAB, "demo", Keys.ENTER);
    }

    /** Presses Tab until the focus is on the wanted link ("link <text>") or button ("button <id>"). */
    static void tabTo(Browser browser, String wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (wanted.equals(focused(browser))) {
                return;
            }
            press(Keys.TAB, browser);
        }
        throw new AssertionError("not reachable with Tab: " + wanted + " (focus on " + focused(browser) + ")");
    }

    /** Presses Tab until the focus is on the element with this id. */
    static void tabToId(Browser browser, String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (id.equals(js(browser).executeScript("return document.activeElement && document.activeElement.id"))) {
                return;
            }
            press(Keys.TAB, browser);
        }
        throw new AssertionError("not reachable with Tab: #" + id + " (focus on " + focused(browser) + ")");
    }

    /**
     * Tab onto the grid's body, Down to the row whose first cell shows {@code rowText}, Enter into that
     * cell: the focus is then on the cell's own button, which Enter presses.
     */
    static void enterRow(Browser browser, String gridId, String rowText) {
        tabTo(browser, "grid " + gridId + " body");
        for (int i = 0; i < MAX_ROWS && !focusedCellText(browser).contains(rowText); i++) {
            press(Keys.ARROW_DOWN, browser);
        }
        if (!focusedCellText(browser).contains(rowText)) {
            throw new AssertionError("no row of " + gridId + " shows " + rowText);
        }
        press(Keys.ENTER, browser);
    }

    static String focused(Browser browser) {
        return String.valueOf(js(browser)
                .executeScript("const a = document.activeElement; if (!a) return '';"
                        + " if (a.localName === 'a') return 'link ' + a.textContent.trim();"
                        + " if (a.localName === 'vaadin-button' && a.slot) return 'button slot:' + a.slot;"
                        + " if (a.localName === 'vaadin-button') return 'button ' + (a.id || a.className);"
                        + " if (a.localName.endsWith('grid')) { const c = a.shadowRoot.activeElement;"
                        + "   return 'grid ' + a.id + (c && c.getAttribute('part').includes('body-cell') ? ' body' : ''); }"
                        + " const field = a.closest('[has-label]');"
                        + " if (field && field.label) return 'field ' + field.label;"
                        + " return a.localName + ' ' + a.id;"));
    }

    private static String focusedCellText(Browser browser) {
        return String.valueOf(js(browser)
                .executeScript("const c = document.activeElement.shadowRoot.activeElement;"
                        + " const slot = c && c.querySelector('slot');"
                        + " return slot ? slot.assignedElements().map(e => e.textContent).join(' ') : '';"));
    }

    static void press(Keys key, Browser browser) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }
}
