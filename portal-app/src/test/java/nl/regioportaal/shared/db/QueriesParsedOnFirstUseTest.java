package nl.regioportaal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.regioportaal.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

class QueriesParsedOnFirstUseTest extends ServiceTest {

    @Autowired
    ApplicationContext context;

    @Test
    void springDataFindsThisSelectorWhereItLooksForItsDefault() {
        // JpaRepositoryFactoryBean asks the bean factory for a bean of the configured selector's type
        assertThat(context.getBeanProvider(QueryEnhancerSelector.DefaultQueryEnhancerSelector.class)
                        .getIfAvailable())
                .isInstanceOf(QueriesParsedOnFirstUse.class);
    }

    @Test
    void aQueryIsParsedOnlyWhenItsShapeIsFirstNeeded() {
        DeclaredQuery broken = DeclaredQuery.jpqlQuery("select p from Person p where (((");
        QueryEnhancer notYetParsed =
                new QueriesParsedOnFirstUse().select(broken).create(broken);

        assertThat(notYetParsed.getQuery().getQueryString()).isEqualTo(broken.getQueryString());
        assertThatThrownBy(notYetParsed::detectAlias).isInstanceOf(RuntimeException.class);
    }

    @Test
    void onceParsedItAnswersAsSpringDatasOwnParserDoes() {
        DeclaredQuery query = DeclaredQuery.jpqlQuery(
                "select p from Person p join p.municipality m where m.name = :name and p.active = true");
        QueryEnhancer springData =
                QueryEnhancerSelector.DEFAULT_SELECTOR.select(query).create(query);
        QueryEnhancer onFirstUse = new QueriesParsedOnFirstUse().select(query).create(query);

        assertThat(onFirstUse.detectAlias()).isEqualTo(springData.detectAlias()).isEqualTo("p");
        assertThat(onFirstUse.getProjection()).isEqualTo(springData.getProjection());
        assertThat(onFirstUse.hasConstructorExpression()).isEqualTo(springData.hasConstructorExpression());
        assertThat(onFirstUse.createCountQueryFor(null))
                .isEqualTo(springData.createCountQueryFor(null))
                .containsIgnoringCase("count(");
    }
}
