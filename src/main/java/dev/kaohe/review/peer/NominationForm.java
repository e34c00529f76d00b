package dev.kaohe.review.peer;

/**
 * A manager's nomination of one rater: a peer ({@code reviewerEmployeeId}) or a customer (name and e-mail; they
 * answer through a link without an account).
 */
public record NominationForm(RaterKind raterKind, Long reviewerEmployeeId, String externalName, String externalEmail,
                             String externalCompany) {

    public static NominationForm peer(long employeeId) {
        return new NominationForm(RaterKind.PEER, employeeId, null, null, null);
    }

    public static NominationForm customer(String name, String email, String company) {
        return new NominationForm(RaterKind.CUSTOMER, null, name, email, company);
    }
}
