package dev.slipway.web;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The security rules every request passes before its handler: the Host header against an
 * allow-list (against DNS rebinding), the body size, the token exchange and login, and for
 * state-changing requests the Origin header and the CSRF token.
 */
final class RequestGuard {

    static final String LOGIN_COOKIE = "slipway_login";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final String OPEN_THE_ADDRESS = "open the address that slipway serve printed (it ends with ?token=...)";

    private final Access access;
    private final List<String> allowedHosts;
    private final long maxBodyBytes;

    RequestGuard(Access access, WebOptions options) {
        this.access = access;
        this.allowedHosts = options.allowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        this.maxBodyBytes = options.maxBodyBytes();
    }

    /** Rejects Host names a rebinding attacker could point at this server; sets protective headers. */
    void checkHost(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        String host = hostName(ctx.header("Host"));
        boolean allowed = host.equals("localhost") || IPV4.matcher(host).matches() || host.startsWith("[")
                || allowedHosts.contains(host);
        if (!allowed) {
            throw new ForbiddenResponse("the host name '" + host + "' is not allowed; use the address slipway serve"
                    + " printed, or start it with --allow-host " + host);
        }
    }

    void checkBodySize(Context ctx) {
        if (ctx.contentLength() > maxBodyBytes) {
            throw new ContentTooLargeResponse("the request body has " + ctx.contentLength() + " bytes; the most accepted is "
                    + maxBodyBytes);
        }
    }

    /** Exchanges {@code ?token=} for a login cookie, then sends the browser to the same page without the token. */
    void exchangeToken(Context ctx) {
        String offered = ctx.queryParam("token");
        if (offered == null) {
            return;
        }
        String login = access.login(offered).orElseThrow(() -> new ForbiddenResponse(
                "the token is not this server's; " + OPEN_THE_ADDRESS));
        ctx.cookie(new Cookie(LOGIN_COOKIE, login, "/", -1, false, true, null, SameSite.STRICT));
        ctx.redirect(ctx.path());
        ctx.skipRemainingHandlers();
    }

    /** Requires a login cookie of this server. */
    void requireLogin(Context ctx) {
        csrfToken(ctx);
    }

    /** For state-changing requests: the Origin must be this server and the CSRF header must match the login's. */
    void checkOriginAndCsrf(Context ctx) {
        if (SAFE_METHODS.contains(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin == null) {
            throw new ForbiddenResponse("the request has no Origin header, so it may come from another site; it was refused");
        }
        if (!origin.equals("http://" + ctx.header("Host"))) {
            throw new ForbiddenResponse("the request comes from another site (" + origin + "); it was refused");
        }
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null || !Access.same(sent, csrfToken(ctx))) {
            throw new ForbiddenResponse("the request has no valid " + CSRF_HEADER + " header; reload the page");
        }
    }

    /** The CSRF token of the request's login. */
    String csrfToken(Context ctx) {
        return Optional.ofNullable(ctx.cookie(LOGIN_COOKIE)).flatMap(access::csrfOf).orElseThrow(() -> new ForbiddenResponse("you are not logged in to this server; " + OPEN_THE_ADDRESS));
    }

    private static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return "";
        }
        String host = header.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
