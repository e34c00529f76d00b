package dev.kaohe.goal;

import dev.kaohe.goal.domain.GoalLevel;

/**
 * What the goal list shows: a period, optionally one level, and a search over title and owner.
 *
 * @param quarter null: the whole year (annual goals and every quarter)
 * @param q        words found in the title, the owner's name or the unit's name (case-insensitive)
 * @param archived also archived goals (hidden by default)
 */
public record GoalFilter(int year, Integer quarter, GoalLevel level, String q, boolean archived) {

    public GoalFilter(int year, Integer quarter, GoalLevel level, String q) {
        this(year, quarter, level, q, false);
    }

    public boolean matches(GoalView goal) {
        if (level != null && goal.level() != level) {
            return false;
        }
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.strip().toLowerCase(java.util.Locale.ROOT);
        return contains(goal.title(), needle) || contains(goal.ownerName(), needle) || contains(goal.orgUnitName(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
