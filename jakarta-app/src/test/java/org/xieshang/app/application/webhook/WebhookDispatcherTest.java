package org.xieshang.app.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookDispatcherTest {

    @ParameterizedTest(name = "{0} failures in a row: {1} s")
    @CsvSource({"1, 10", "2, 20", "3, 40", "6, 320", "9, 2560", "10, 3600", "1000, 3600"})
    void the_pause_after_failures_doubles_from_the_interval_up_to_an_hour(int failures, long seconds) {
        assertThat(WebhookDispatcher.pauseAfter(failures, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(seconds));
    }
}
