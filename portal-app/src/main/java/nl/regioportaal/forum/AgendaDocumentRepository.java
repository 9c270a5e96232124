package nl.regioportaal.forum;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaDocumentRepository extends JpaRepository<AgendaDocument, Long> {

    /** A document without its content: what a list of documents needs (a closed projection). */
    interface Listed {
        Long getId();

        AgendaItem getItem();

        String getFileName();

        long getSizeBytes();
    }

    List<Listed> findByItemMeetingIdOrderByIdAsc(long meetingId);

    long countByItemId(long itemId);
}
