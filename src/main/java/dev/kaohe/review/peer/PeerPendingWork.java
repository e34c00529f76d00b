package dev.kaohe.review.peer;

import java.util.List;
import java.util.Map;

import dev.kaohe.cycle.CyclePhase;
import dev.kaohe.cycle.CycleView;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.cycle.PendingWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who still owes a 360 or collaboration form in the PEER_REVIEW phase: the rater of every approved nomination whose
 * form is not submitted — peers and the collaborating department's rater (internal accounts), one task per form,
 * reminded with the assessee's name and a link to the form; overdue, the rater's manager is told. Raters no longer
 * active are skipped. The assessees themselves owe nothing in this phase.
 *
 * <p>Customers answering through a link get no reminder: only the link's hash is stored, so a reminder could not
 * carry the link, and notices go to employees. HR sees the open customer forms on the nominations page and may
 * re-issue a link to send by hand.
 */
@Component
class PeerPendingWork implements PendingWork {

    private final NamedParameterJdbcTemplate jdbc;

    PeerPendingWork(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean covers(CyclePhase phase) {
        return phase == CyclePhase.PEER_REVIEW;
    }

    @Override
    public List<Task> pending(CycleView cycle, CyclePhase phase, List<ParticipantView> participants) {
        return jdbc.query("""
                select n.id, n.participant_id, n.reviewer_employee_id, a.name as assessee_name
                from peer_nomination n
                join cycle_participant p on p.id = n.participant_id
                join employee a on a.id = p.employee_id
                join employee r on r.id = n.reviewer_employee_id
                left join peer_form f on f.nomination_id = n.id
                where n.cycle_id = :cycle and n.status = 'APPROVED' and n.rater_kind <> 'CUSTOMER'
                  and r.status = 'ACTIVE' and (f.status is null or f.status <> 'SUBMITTED')
                order by n.participant_id, n.id""", Map.of("cycle", cycle.id()),
                (rs, i) -> new Task(rs.getLong("participant_id"), rs.getLong("reviewer_employee_id"),
                        rs.getString("assessee_name"), "/review/peer/forms/" + rs.getLong("id"), null));
    }
}
