package nl.regioportaal.devagenda;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Initiatives. Everything a provider representative can reach goes through the {@code sharedWith…}
 * queries, which select only what their organisation co-owns or what is shared with it.
 */
interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    String SHARED = "(i.coOwner.id = :provider or exists (select 1 from Initiative j join j.sharedWith s"
            + " where j = i and s.id = :provider))";

    @EntityGraph(attributePaths = {"theme", "owner", "coOwner", "milestones"})
    @Query("select i from Initiative i order by i.theme.title, i.title")
    List<Initiative> everything();

    @EntityGraph(attributePaths = {"theme", "owner", "coOwner", "milestones"})
    @Query("select i from Initiative i where " + SHARED + " order by i.theme.title, i.title")
    List<Initiative> sharedWith(@Param("provider") long providerId);

    @EntityGraph(attributePaths = {"theme", "owner", "coOwner", "milestones"})
    @Query("select i from Initiative i where :person member of i.followers order by i.title")
    List<Initiative> followedBy(@Param("person") long personId);

    @Query("select i from Initiative i where i.changedAt >= :since order by i.changedAt desc")
    List<Initiative> changedSince(@Param("since") Instant since);

    boolean existsByThemeIdAndTitleIgnoreCase(long themeId, String title);
}
