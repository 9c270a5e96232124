package nl.regioportaal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Deny by default: every route and layout of the portal must say who may open it. */
class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void everyRouteAndLayoutHasAnAccessAnnotation() {
        List<Class<?>> routes = annotated(Route.class, Layout.class);
        assertThat(routes).as("routes found").hasSizeGreaterThanOrEqualTo(6);
        List<String> missing = routes.stream()
                .filter(c -> ACCESS.stream().noneMatch(c::isAnnotationPresent))
                .map(Class::getName)
                .toList();
        assertThat(missing)
                .as("routes without @AnonymousAllowed/@PermitAll/@RolesAllowed/@DenyAll")
                .isEmpty();
    }

    @Test
    void onlyTheLoginAndTheCertificateCheckAreOpenToAnonymousUsers() {
        List<String> anonymous = annotated(Route.class).stream()
                .filter(c -> c.isAnnotationPresent(AnonymousAllowed.class))
                .map(Class::getSimpleName)
                .toList();
        // the certificate check is public by design: anyone holding a certificate's code may verify it
        assertThat(anonymous).containsExactlyInAnyOrder("LoginView", "CertificateCheckView");
    }

    @SafeVarargs
    private static List<Class<?>> annotated(Class<? extends Annotation>... annotations) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        Stream.of(annotations).forEach(a -> scanner.addIncludeFilter(new AnnotationTypeFilter(a)));
        return scanner.findCandidateComponents("nl.regioportaal").stream()
                .<Class<?>>map(bd -> {
                    try {
                        return Class.forName(bd.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
