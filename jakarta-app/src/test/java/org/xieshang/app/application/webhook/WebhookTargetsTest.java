package org.xieshang.app.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.shared.DomainException;

class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ftp://example.org/x", "mailto:office@example.org", "/relative/path", "https://",
            "https://user:secret@example.org/hook", "http://example.org:70000/hook", "http://exa mple.org/", "http://127.1/hook"})
    void refuses_what_is_no_absolute_web_address_with_a_host(String url) {
        assertThatThrownBy(() -> WebhookTargets.parse(url)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("webhook.url.invalid"));
    }

    @Test
    void refuses_a_missing_or_overlong_address() {
        assertThatThrownBy(() -> WebhookTargets.parse(null)).isInstanceOf(DomainException.class);
        String overlong = "https://example.org/" + "a".repeat(WebhookTargets.MAX_URL);
        assertThatThrownBy(() -> WebhookTargets.parse(overlong)).isInstanceOf(DomainException.class);
    }

    @Test
    void accepts_http_and_https_with_port_path_and_query() {
        assertThat(WebhookTargets.parse(" https://oa.jyj.example.gov.cn:8443/xieshang/hook?src=zx "))
                .isEqualTo(URI.create("https://oa.jyj.example.gov.cn:8443/xieshang/hook?src=zx"));
        assertThat(WebhookTargets.parse("HTTP://10.12.0.5/hook").getHost()).isEqualTo("10.12.0.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/hook",
            "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/hook", "http://224.0.0.1/hook", "http://[fe80::1]/hook"})
    void refuses_this_machine_link_local_and_multicast_addresses(String url) {
        URI target = WebhookTargets.parse(url);
        assertThatThrownBy(() -> WebhookTargets.requireNotLocal(target, false)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("webhook.url.local"));
        assertThat(WebhookTargets.resolvesAllowed(target, false)).isFalse();
    }

    @Test
    void a_test_deployment_may_allow_local_targets() {
        URI target = WebhookTargets.parse("http://127.0.0.1:8080/hook");
        WebhookTargets.requireNotLocal(target, true);
        assertThat(WebhookTargets.resolvesAllowed(target, true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.12.0.5/hook", "http://192.168.1.20:8080/hook", "https://172.16.3.4/hook", "http://192.0.2.1/hook"})
    void allows_intranet_addresses_where_departments_systems_live(String url) {
        URI target = WebhookTargets.parse(url);
        WebhookTargets.requireNotLocal(target, false);
        assertThat(WebhookTargets.resolvesAllowed(target, false)).isTrue();
    }

    @Test
    void a_name_that_resolves_to_nothing_is_not_delivered_to() {
        assertThat(WebhookTargets.resolvesAllowed(URI.create("http://no-such-host.invalid/hook"), false)).isFalse();
    }
}
