package nl.regioportaal.notify;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreferenceRepository extends JpaRepository<Preference, Preference.Key> {

    List<Preference> findByIdPersonId(long personId);

    void deleteByIdPersonId(long personId);
}
