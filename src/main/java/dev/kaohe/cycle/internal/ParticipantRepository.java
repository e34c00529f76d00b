package dev.kaohe.cycle.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByCycleIdAndEmployeeId(long cycleId, long employeeId);

    Optional<Participant> findByIdAndCycleId(long id, long cycleId);

    long countByCycleId(long cycleId);
}
