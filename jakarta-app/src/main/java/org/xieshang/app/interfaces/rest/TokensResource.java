package org.xieshang.app.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.security.AuthenticationService;
import org.xieshang.app.infrastructure.security.JwtTokens;

/**
 * Bearer tokens for the API: a user signs in with the same checks as on the screens (lockout, second factor,
 * no pending password change) and gets a short-lived MicroProfile JWT to send as {@code Authorization: Bearer}.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
public class TokensResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    JwtTokens tokens;

    @Context
    HttpServletRequest request;

    /** Credentials; a class with public fields, as Bean Validation on records breaks the OpenAPI document here. */
    public static class TokenRequest {
        /** The login name. */
        @NotBlank
        public String username;
        /** The password. */
        @NotBlank
        public String password;
        /** The current TOTP code, for accounts with a second factor. */
        public String code;
    }

    /**
     * A token as OAuth 2 clients expect it.
     *
     * @param access_token the JWT
     * @param token_type   always {@code Bearer}
     * @param expires_in   lifetime in seconds
     */
    @SuppressWarnings("checkstyle:RecordComponentName")
    public record TokenResponse(String access_token, String token_type, long expires_in) {
    }

    @Public("signing in is how one gets a token; limited per address by AnonymousRateLimitFilter")
    @POST
    public TokenResponse issue(@Valid TokenRequest body) {
        TokenRequest credentials = Http.body(body);
        String token = authentication.issueToken(credentials.username, credentials.password.toCharArray(), credentials.code, request.getRemoteAddr());
        return new TokenResponse(token, "Bearer", authentication.policy().sessions().tokenLifetime().toSeconds());
    }

    /** @return the PEM public key that verifies the tokens, for services that accept them */
    @Public("a public key is public")
    @GET
    @Path("public-key")
    @Produces("application/x-pem-file")
    public String publicKey() {
        return tokens.publicKeyPem();
    }
}
