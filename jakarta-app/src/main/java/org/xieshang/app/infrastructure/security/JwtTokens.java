package org.xieshang.app.infrastructure.security;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.UserAccount;

/**
 * Bearer tokens in the MicroProfile JWT format (RFC 7519, signed RS256, with {@code upn} and {@code groups}
 * claims), so that other MicroProfile services can verify them with the public key. Verification accepts
 * nothing but RS256 under this installation's key, from this issuer, before expiry. Thread-safe.
 */
public final class JwtTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final KeyPair keys;
    private final String issuer;
    private final Clock clock;

    /**
     * @param keys   the RSA key pair that signs and verifies, not null
     * @param issuer the {@code iss} claim, not null
     * @param clock  the clock, not null
     */
    public JwtTokens(KeyPair keys, String issuer, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!(keys.getPublic() instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException("tokens need an RSA key of at least 2048 bits");
        }
    }

    /**
     * @param account  the signed-in account, not null
     * @param lifetime how long the token is valid, not null
     * @return the signed token, never null
     */
    public String issue(UserAccount account, Duration lifetime) {
        Instant now = clock.instant();
        JsonArrayBuilder groups = Json.createArrayBuilder();
        account.roles().stream().map(Role::name).sorted().forEach(groups::add);
        String claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", account.id().toString())
                .add("upn", account.username())
                .add("groups", groups)
                .add("committee", account.committeeId().toString())
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(lifetime).getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build().toString();
        String signingInput = HEADER + "." + ENCODER.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + ENCODER.encodeToString(sign(signingInput));
    }

    /**
     * @param token a token as presented, may be null
     * @return the login name ({@code upn}) if the token is genuine, from this issuer and not expired
     */
    public Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject header = json(parts[0]);
            if (!"RS256".equals(header.getString("alg", null))) {
                return Optional.empty(); // never "none", never HMAC with the public key as secret
            }
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(keys.getPublic());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonObject claims = json(parts[1]);
            boolean current = claims.getJsonNumber("exp") != null && clock.instant().getEpochSecond() < claims.getJsonNumber("exp").longValue();
            if (!issuer.equals(claims.getString("iss", null)) || !current || !(claims.get("upn") instanceof JsonString upn)) {
                return Optional.empty();
            }
            return Optional.of(upn.getString());
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @return the public key in PEM, for services that verify the tokens themselves; never null */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private byte[] sign(String input) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 signing failed", e);
        }
    }

    private static JsonObject json(String part) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(DECODER.decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
