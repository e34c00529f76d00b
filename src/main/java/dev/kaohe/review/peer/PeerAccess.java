package dev.kaohe.review.peer;

import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.ReportingLines;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with 360 and collaboration feedback. HR and admins administer everything; the participant's
 * reviewer and the managers above the participant nominate; a rater reaches only their own form; the assessee
 * never reaches nominations or forms about them, only the anonymous summary.
 */
@Component
class PeerAccess {

    private final AccessPolicy access;
    private final ReportingLines lines;

    PeerAccess(AccessPolicy access, ReportingLines lines) {
        this.access = access;
        this.lines = lines;
    }

    CurrentUser person() {
        CurrentUser user = CurrentUser.get();
        if (user.has(Role.INTEGRATION)) {
            throw new AccessDeniedException("360 feedback is for people, not integration tokens");
        }
        return user;
    }

    boolean isHr(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN);
    }

    void requireHr(CurrentUser user) {
        if (!isHr(user)) {
            throw new AccessDeniedException("360 administration needs the HR or admin role");
        }
    }

    /** The participant's reviewer or a manager above the participant (never the participant). */
    boolean nominates(CurrentUser user, ParticipantView participant) {
        Long me = user.employeeId();
        if (me == null || me == participant.employeeId()) {
            return false;
        }
        return me.equals(participant.reviewerEmployeeId()) || lines.isBelow(me, participant.employeeId());
    }

    boolean canSee(CurrentUser user, ParticipantView participant) {
        return access.canSee(user, participant.employeeId()) || nominates(user, participant);
    }

    /** 404 when the participant is out of reach, 403 when in reach but the caller may not manage nominations. */
    void requireNominator(CurrentUser user, ParticipantView participant) {
        if (isHr(user) || nominates(user, participant)) {
            return;
        }
        if (user.isEmployee(participant.employeeId()) || !access.canSee(user, participant.employeeId())) {
            throw new NotFoundException("participant", participant.id());
        }
        throw new AccessDeniedException("nominations are made by the participant's reviewer and HR");
    }
}
