package nl.regioportaal.devagenda;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    @EntityGraph(attributePaths = "leadMunicipality")
    List<Theme> findAllByOrderByTitleAsc();

    boolean existsByTitleIgnoreCase(String title);
}
