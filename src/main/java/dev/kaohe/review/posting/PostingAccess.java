package dev.kaohe.review.posting;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import dev.kaohe.cycle.CycleDirectory;
import dev.kaohe.cycle.ParticipantView;
import dev.kaohe.identity.AccessPolicy;
import dev.kaohe.identity.CurrentUser;
import dev.kaohe.identity.Role;
import dev.kaohe.identity.Visibility;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who reads which rows of a posting or a composite ranking. Individual detail (the result behind a row, a composite's
 * breakdown) follows the usual reach: the person, whom they review, a manager's subtree, and everyone for HR, executives,
 * finance, auditors and admins. The posted figures themselves (score, grade, place) are read by every participant when
 * {@link PostingSettings#visibleToParticipants()} is on, otherwise within the same reach. Integration tokens get 403.
 */
@Component
class PostingAccess {

    private final AccessPolicy access;
    private final CycleDirectory directory;
    private final PostingSettings settings;

    PostingAccess(AccessPolicy access, CycleDirectory directory, PostingSettings settings) {
        this.access = access;
        this.directory = directory;
        this.settings = settings;
    }

    CurrentUser person() {
        CurrentUser user = CurrentUser.get();
        if (user.has(Role.INTEGRATION)) {
            throw new AccessDeniedException("postings are for people, not integration tokens");
        }
        return user;
    }

    /** What the caller may see of a set of cycles' participants. */
    Reach reach(CurrentUser user, Collection<Long> cycleIds) {
        Visibility visibility = access.visibility(user);
        if (visibility.everyone()) {
            return new Reach(true, true, Set.of());
        }
        Set<Long> detail = new HashSet<>();
        boolean participates = false;
        for (long cycleId : cycleIds) {
            for (ParticipantView p : directory.participants(cycleId, visibility)) {
                detail.add(p.employeeId());
                participates |= user.isEmployee(p.employeeId());
            }
        }
        return new Reach(false, settings.visibleToParticipants() && participates, Set.copyOf(detail));
    }

    /**
     * @param everyone   the caller sees every row with its detail
     * @param allRows    the caller sees every row's posted figures
     * @param detailOf   employees whose detail the caller sees (when not {@code everyone})
     */
    record Reach(boolean everyone, boolean allRows, Set<Long> detailOf) {

        boolean row(long employeeId) {
            return allRows || detailOf.contains(employeeId);
        }

        boolean detail(long employeeId) {
            return everyone || detailOf.contains(employeeId);
        }
    }
}
