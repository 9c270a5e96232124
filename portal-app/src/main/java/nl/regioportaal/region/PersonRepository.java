package nl.regioportaal.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.regioportaal.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    String SEARCH = """
            from Person p
            where (:municipalityId is null or p.municipality.id = :municipalityId)
              and (:teamId is null or exists (select 1 from p.teams t where t.id = :teamId))
              and (:text = '' or lower(concat(p.firstName, ' ', p.lastName)) like lower(concat('%', :text, '%'))
                   or lower(p.email) like lower(concat('%', :text, '%')))
            """;

    /**
     * Paged from the database; teams and roles of the page come by batch fetching, not per row. The count
     * query is written out, so that Spring Data need not parse the query to derive it when the repository
     * is created (docs/performance.md, "Start-up").
     */
    @EntityGraph(attributePaths = {"municipality", "provider"})
    @Query(value = "select p " + SEARCH, countQuery = "select count(p) " + SEARCH)
    Page<Person> search(
            @Param("municipalityId") Long municipalityId,
            @Param("teamId") Long teamId,
            @Param("text") String text,
            Pageable pageable);

    @EntityGraph(attributePaths = {"municipality", "provider", "teams", "roles"})
    Optional<Person> findWithDetailsById(Long id);

    @EntityGraph(attributePaths = {"municipality", "teams", "roles"})
    List<Person> findWithDetailsByIdIn(Collection<Long> ids);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    boolean existsByEmailIgnoreCase(String email);

    List<Person> findByEmailIgnoreCase(String email);

    @Query(
            "select p from Person p join p.teams t where t.id = :teamId and p.active = true order by p.lastName, p.firstName")
    List<Person> findActiveMembersOfTeam(@Param("teamId") Long teamId);

    @EntityGraph(attributePaths = {"municipality", "teams", "roles"})
    @Query(
            "select distinct p from Person p join p.roles r where r = :role and p.active = true order by p.lastName, p.firstName")
    List<Person> findActiveWithRole(@Param("role") Role role);
}
