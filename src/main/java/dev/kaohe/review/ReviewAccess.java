package dev.kaohe.review;

import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reaches which assessment. The assessee reaches their own form; the reviewer the forms of the participants they
 * review; a manager the forms of their reporting subtree (read only); HR, admins, executives and auditors every form
 * (HR and admins reopen, calibrate and publish; executives and auditors read). Finance reads published results only.
 * Anyone else gets 404; integration tokens get 403.
 */
@Component
class ReviewAccess {

    private final AccessPolicy access;

    ReviewAccess(AccessPolicy access) {
        this.access = access;
    }

    CurrentUser person() {
        CurrentUser user = CurrentUser.get();
        if (user.has(Role.INTEGRATION)) {
            throw new AccessDeniedException("assessments are for people, not integration tokens");
        }
        return user;
    }

    static boolean overseer(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN, Role.EXECUTIVE, Role.AUDITOR);
    }

    static boolean canManage(CurrentUser user) {
        return user.hasAny(Role.HR, Role.ADMIN);
    }

    void requireManage(CurrentUser user) {
        if (!canManage(user)) {
            throw new AccessDeniedException("calibration, publication and reopening are for HR and admins");
        }
    }

    void requireCalibrationReader(CurrentUser user) {
        if (!overseer(user)) {
            throw new AccessDeniedException("calibration is read by HR, admins, executives and auditors");
        }
    }

    /** How the caller relates to the participant's form; 404 when out of reach, 403 for finance. */
    AssessmentView.Viewer viewer(CurrentUser user, ParticipantView p) {
        if (user.isEmployee(p.employeeId())) {
            return AssessmentView.Viewer.ASSESSEE;
        }
        if (user.employeeId() != null && p.reviewerEmployeeId() != null && user.employeeId().equals(p.reviewerEmployeeId())) {
            return AssessmentView.Viewer.REVIEWER;
        }
        if (overseer(user)) {
            return AssessmentView.Viewer.OVERSEER;
        }
        if (user.has(Role.FINANCE)) {
            throw new AccessDeniedException("finance reads published results, not assessment forms");
        }
        if (user.has(Role.MANAGER) && access.canSee(user, p.employeeId())) {
            return AssessmentView.Viewer.MANAGER;
        }
        throw new NotFoundException("assessment", p.cycleId() + "/" + p.employeeId());
    }

    /**
     * Whether the caller may see the participant's result: overseers always, the reviewer and managers above before
     * publication too, the assessee and finance only once it is published; 404 otherwise.
     */
    boolean canSeeResult(CurrentUser user, ParticipantView p, boolean published) {
        if (user.isEmployee(p.employeeId())) {
            return published;
        }
        if (overseer(user) || user.employeeId() != null && user.employeeId().equals(p.reviewerEmployeeId())) {
            return true;
        }
        if (user.has(Role.FINANCE)) {
            return published;
        }
        return user.has(Role.MANAGER) && access.canSee(user, p.employeeId());
    }
}
