package dev.kaohe.onboarding;

/**
 * The setup form and {@code POST /api/v1/setup}.
 *
 * @param token        the setup token printed on the server console
 * @param loadDemo     also load the demo company with sign-in accounts for its people
 * @param demoPassword the password of every demo account; required with {@code loadDemo}
 */
public record SetupRequest(String token, String username, String displayName, String password, String passwordRepeat,
                           Boolean loadDemo, String demoPassword) {

    public boolean wantsDemo() {
        return Boolean.TRUE.equals(loadDemo);
    }

    public static SetupRequest empty() {
        return new SetupRequest(null, null, null, null, null, false, null);
    }
}
