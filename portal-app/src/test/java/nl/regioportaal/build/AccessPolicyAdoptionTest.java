package nl.regioportaal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Services decide about objects through {@code security.AccessPolicy}, never by testing roles by
 * hand: a module copied from one that does would copy the habit. Role tests stay allowed inside
 * {@code security} (the policy itself) and in views ({@code ui} packages), which only choose what
 * to show (menu items, Start cards) while their services decide what the user may reach.
 */
class AccessPolicyAdoptionTest {

    private static final Pattern ROLE_TEST = Pattern.compile("\\.has(?:Any)?Role\\(");

    /**
     * Modules whose services are being moved onto the policy in parallel work (issue #8); remove a
     * module from this list once it is adopted.
     */
    private static final Set<String> NOT_YET_ADOPTED = Set.of();

    @Test
    void servicesAskTheAccessPolicyInsteadOfTestingRoles() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path file : SourceRulesTest.javaSources()) {
            String path = file.toString().replace('\\', '/');
            int at = path.indexOf("/portal-app/src/main/java/nl/regioportaal/");
            if (at < 0) {
                continue;
            }
            String inPortal = path.substring(at + "/portal-app/src/main/java/nl/regioportaal/".length());
            String module = inPortal.substring(0, Math.max(inPortal.indexOf('/'), 0));
            if (module.equals("security") || NOT_YET_ADOPTED.contains(module) || inPortal.contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (ROLE_TEST.matcher(lines.get(i)).find()) {
                    offences.add(inPortal + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertThat(offences)
                .as(
                        "role tests outside security and views: ask AccessPolicy (or CurrentUser.requireAnyRole for the route's roles)")
                .isEmpty();
    }

    @Test
    void theRuleSeesARoleTest() {
        assertThat(ROLE_TEST.matcher("if (user.hasRole(Role.ADMIN)) {").find()).isTrue();
        assertThat(ROLE_TEST.matcher("return user.hasAnyRole(Role.MANAGER);").find())
                .isTrue();
        assertThat(ROLE_TEST.matcher("currentUser.requireAnyRole(Role.ADMIN);").find())
                .isFalse();
    }
}
