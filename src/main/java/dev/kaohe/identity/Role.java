package dev.kaohe.identity;

/** What a person (or an integration) does in Kaohe. MANAGER is derived from reporting lines at login. */
public enum Role {
    EMPLOYEE, MANAGER, HR, FINANCE, EXECUTIVE, AUDITOR, ADMIN, INTEGRATION;

    public String authority() {
        return "ROLE_" + name();
    }
}
