package dev.kaohe.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewFormRepository extends JpaRepository<ReviewForm, Long> {

    Optional<ReviewForm> findByParticipantIdAndKind(long participantId, ReviewForm.Kind kind);

    List<ReviewForm> findByParticipantId(long participantId);

    List<ReviewForm> findByCycleId(long cycleId);

    List<ReviewForm> findByParticipantIdIn(Collection<Long> participantIds);
}
