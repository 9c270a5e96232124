package nl.regioportaal.shared.db;

import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.util.Lazy;
import org.springframework.stereotype.Component;

/**
 * Spring Data parses every {@code @Query} with its own HQL grammar when it creates a repository, only to
 * know the query's alias, projection and count query later. At a start that parsing was 42% of creating
 * the repositories, on the main thread while the first login page was drawn (docs/performance.md,
 * "Start-up"). With this selector each query is parsed by the same parser the first time one of those
 * answers is needed; Hibernate still checks every query when its repository is created.
 *
 * <p>Spring Data takes a bean of the selector's type in place of its default
 * ({@code JpaRepositoryFactoryBean}). {@code portal.jpa.parse-queries-on-first-use=false} turns it off
 * (the start-up measurement's run without measures).
 */
@Component
@ConditionalOnProperty(name = "portal.jpa.parse-queries-on-first-use", havingValue = "true", matchIfMissing = true)
class QueriesParsedOnFirstUse extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

    QueriesParsedOnFirstUse() {
        super(DEFAULT_NATIVE, DEFAULT_JPQL);
    }

    @Override
    public QueryEnhancerFactory select(DeclaredQuery query) {
        QueryEnhancerFactory parsing = super.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery declared) {
                return parsing.supports(declared);
            }

            @Override
            public QueryEnhancer create(QueryProvider provider) {
                return new OnFirstUse(provider, Lazy.of(() -> parsing.create(provider)));
            }
        };
    }

    private record OnFirstUse(QueryProvider query, Supplier<QueryEnhancer> parsed) implements QueryEnhancer {

        @Override
        public boolean isSelectQuery() {
            return parsed.get().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return parsed.get().hasConstructorExpression();
        }

        @Override
        public String detectAlias() {
            return parsed.get().detectAlias();
        }

        @Override
        public String getProjection() {
            return parsed.get().getProjection();
        }

        /**
         * The query as written. Spring Data's parser would render it again from its parse tree, but Spring
         * Data asks for it as soon as the repository is created (to have Hibernate check it), which would
         * undo the point of waiting; Hibernate checks and runs this same text.
         */
        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return parsed.get().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(String countProjection) {
            return parsed.get().createCountQueryFor(countProjection);
        }
    }
}
