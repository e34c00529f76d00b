package dev.kaohe.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewFormRepository extends JpaRepository<ReviewForm, Long> {

    Optional<ReviewForm> findByParticipantIdAndKind(long participantId, ReviewForm.Kind kind);

    List<ReviewForm> findByParticipantId(long participantId);

    List<ReviewForm> findByCycleId(long cycleId);

    List<ReviewForm> findByParticipantIdIn(Collection<Long> participantIds);

    /** The cycle's forms with their items in one query (not one more per form). */
    @Query("select distinct f from ReviewForm f left join fetch f.items where f.cycleId = :cycleId")
    List<ReviewForm> findWithItemsByCycleId(@Param("cycleId") long cycleId);

    /** These participants' forms with their items in one query. */
    @Query("select distinct f from ReviewForm f left join fetch f.items where f.participantId in :participantIds")
    List<ReviewForm> findWithItemsByParticipantIdIn(@Param("participantIds") Collection<Long> participantIds);
}
