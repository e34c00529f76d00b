package dev.kaohe.onboarding;

import java.util.List;

/**
 * @param demo the demo accounts, null when the demo company was not loaded
 */
public record SetupResult(String adminUsername, DemoAccounts demo) {

    /**
     * The demo sign-in accounts; they all share the demo password.
     *
     * @param functional       hr, finance, exec, auditor
     * @param employeeAccounts one per active demo employee, the username being the lower-case employee number
     */
    public record DemoAccounts(List<String> functional, int employeeAccounts, String director, String manager,
                               String teamLead, String employee) {
    }
}
