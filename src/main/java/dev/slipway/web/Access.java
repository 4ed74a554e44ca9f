package dev.slipway.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may use the server, the way Jupyter does it: a secret token printed at start is
 * exchanged, once per browser, for a login kept in a cookie; each login has its own CSRF token
 * that state-changing requests must send back in a header. Logins last as long as the server.
 */
public final class Access {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final Map<String, String> csrfByLogin = new ConcurrentHashMap<>();

    /** @param token the secret for the address printed at start; see {@link #randomToken()} */
    public Access(String token) {
        if (token.length() < 16) {
            throw new IllegalArgumentException("the access token must have at least 16 characters");
        }
        this.token = token;
    }

    /** 48 hex digits from a secure random source. */
    public static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String token() {
        return token;
    }

    /** A new login for {@code offered} when it is the token; empty otherwise. */
    Optional<String> login(String offered) {
        if (!same(offered, token)) {
            return Optional.empty();
        }
        String login = randomToken();
        csrfByLogin.put(login, randomToken());
        return Optional.of(login);
    }

    /** The CSRF token of a login; empty when the login is not one of this server's. */
    Optional<String> csrfOf(String login) {
        return Optional.ofNullable(csrfByLogin.get(login));
    }

    /** Compares secrets in time that does not depend on where they differ. */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
