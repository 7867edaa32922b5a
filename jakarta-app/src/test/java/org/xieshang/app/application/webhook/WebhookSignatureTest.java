package org.xieshang.app.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signs_the_timestamp_a_full_stop_and_the_body_with_hmac_sha256_as_any_receiver_computes_it() {
        // Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'whsec_test-secret',
        //   b'1796457600.{\"changes\":[],\"last\":0}', hashlib.sha256).hexdigest())"
        assertThat(WebhookSignature.sign("whsec_test-secret", 1796457600L, "{\"changes\":[],\"last\":0}"))
                .isEqualTo("sha256=21c41916ce7185705e8c86987a7d66b2bf3e64b628fdd44d298a7b2fd9e5d4ba");
    }

    @Test
    void another_timestamp_or_body_or_secret_gives_another_signature() {
        String signed = WebhookSignature.sign("whsec_a", 100, "{}");
        assertThat(WebhookSignature.sign("whsec_a", 101, "{}")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign("whsec_a", 100, "{ }")).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign("whsec_b", 100, "{}")).isNotEqualTo(signed);
    }

    @Test
    void new_secrets_are_prefixed_url_safe_and_never_repeat() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = WebhookSignature.newSecret();
            assertThat(secret).matches("whsec_[A-Za-z0-9_-]{43}");
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(100);
    }
}
