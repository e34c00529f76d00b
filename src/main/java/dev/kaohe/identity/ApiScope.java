package dev.kaohe.identity;

import java.util.List;

/**
 * What an integration token may be granted. The one list of scopes: a module that adds an API operation for
 * integrations adds its scope here.
 */
public final class ApiScope {

    public static final String ORG_READ = "org:read";
    public static final String ORG_WRITE = "org:write";
    public static final String AUDIT_READ = "audit:read";
    public static final String SCORING_SIMULATE = "scoring:simulate";
    public static final String INDICATOR_READ = "indicator:read";
    public static final String INDICATOR_WRITE = "indicator:write";
    public static final String INTAKE_WRITE = "intake:write";

    public static final List<String> ALL = List.of(ORG_READ, ORG_WRITE, AUDIT_READ, SCORING_SIMULATE, INDICATOR_READ, INDICATOR_WRITE,
            INTAKE_WRITE);

    private ApiScope() {
    }

    public static boolean isKnown(String scope) {
        return ALL.contains(scope);
    }
}
