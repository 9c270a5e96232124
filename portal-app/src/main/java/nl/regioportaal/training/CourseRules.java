package nl.regioportaal.training;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A course's audience rule per course version: enrolling needs it every time, and reading the three
 * audience collections for each enrolment would triple the work. A saved course has a new version,
 * so a stale rule is never used.
 */
final class CourseRules {

    private record Cached(long version, CourseRule rule) {}

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /** The rule of a course whose id and version are known without loading it; loads it only when not cached. */
    CourseRule of(long courseId, long version, Supplier<Course> load) {
        Cached cached = cache.get(courseId);
        if (cached != null && cached.version() == version) {
            return cached.rule();
        }
        return of(load.get());
    }

    CourseRule of(Course course) {
        Cached cached = cache.get(course.getId());
        if (cached != null && cached.version() == course.getVersion()) {
            return cached.rule();
        }
        CourseRule rule = course.rule();
        cache.put(course.getId(), new Cached(course.getVersion(), rule));
        return rule;
    }
}
