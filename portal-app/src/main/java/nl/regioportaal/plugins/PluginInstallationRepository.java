package nl.regioportaal.plugins;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PluginInstallationRepository extends JpaRepository<PluginInstallation, Long> {

    Optional<PluginInstallation> findByPluginId(String pluginId);

    List<PluginInstallation> findAllByOrderByPluginIdAsc();
}
