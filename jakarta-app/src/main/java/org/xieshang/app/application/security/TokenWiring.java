package org.xieshang.app.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import org.xieshang.app.infrastructure.security.JwtTokens;

/**
 * The token signer. Its RSA key pair is made at start and kept in memory only: tokens live minutes, so a
 * restart merely asks API clients to fetch new ones, and no signing key ever lies on disk.
 */
@ApplicationScoped
public class TokenWiring {

    @Produces
    @Singleton
    JwtTokens tokens(Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new JwtTokens(generator.generateKeyPair(), "xieshang", clock);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
