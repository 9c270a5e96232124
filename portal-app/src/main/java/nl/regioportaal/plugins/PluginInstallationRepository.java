package nl.regioportaal.plugins;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface PluginInstallationRepository extends JpaRepository<PluginInstallation, Long> {

    Optional<PluginInstallation> findByPluginId(String pluginId);

    List<PluginInstallation> findAllByOrderByPluginIdAsc();
}
