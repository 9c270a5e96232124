package nl.regioportaal.plugins;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface PendingPluginErasureRepository extends JpaRepository<PendingPluginErasure, Long> {

    boolean existsByPluginIdAndPersonId(String pluginId, long personId);

    List<PendingPluginErasure> findByPluginIdInOrderById(List<String> pluginIds);

    /** Gone once erased; a bulk delete, as another node may have erased and deleted it a moment before. */
    @Modifying
    @Transactional
    @Query("DELETE FROM PendingPluginErasure p WHERE p.id = :id")
    int done(long id);

    @Modifying
    @Transactional
    @Query("DELETE FROM PendingPluginErasure p WHERE p.pluginId = :pluginId")
    int forgetPlugin(String pluginId);
}
