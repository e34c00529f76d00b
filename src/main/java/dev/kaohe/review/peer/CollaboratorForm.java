package dev.kaohe.review.peer;

/**
 * HR names the person who fills the collaboration form (协作评价表) for a participant: someone of another department,
 * typically its head. {@code orgUnitId} is the department they speak for (default: their own).
 */
public record CollaboratorForm(Long reviewerEmployeeId, Long orgUnitId) {
}
