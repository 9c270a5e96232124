package nl.regioportaal.region;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TeamRepository extends JpaRepository<Team, Long> {

    String SEARCH = """
            from Team t
            where (:municipalityId is null or t.municipality.id = :municipalityId)
              and (:text = '' or lower(t.name) like lower(concat('%', :text, '%')))
            """;

    /** The count query is written out, as in {@code PersonRepository.search}. */
    @EntityGraph(attributePaths = "municipality")
    @Query(value = "select t " + SEARCH, countQuery = "select count(t) " + SEARCH)
    Page<Team> search(@Param("municipalityId") Long municipalityId, @Param("text") String text, Pageable pageable);

    @EntityGraph(attributePaths = "municipality")
    List<Team> findByMunicipalityIdOrderByNameAsc(Long municipalityId);

    @EntityGraph(attributePaths = "municipality")
    List<Team> findAllByOrderByNameAsc();

    boolean existsByMunicipalityIdAndNameIgnoreCaseAndIdNot(Long municipalityId, String name, Long id);

    boolean existsByMunicipalityIdAndNameIgnoreCase(Long municipalityId, String name);
}
