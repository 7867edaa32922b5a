package org.xieshang.examples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * Runs a {@link WebhookReceiver} as a department's system would: register {@code http://<this host>:8099/changes} as
 * a committee's webhook ({@code POST /api/v1/committees/{id}/webhooks}), start this with the secret from the answer in
 * {@code XIESHANG_WEBHOOK_SECRET} (and another port as the first argument, if need be), and watch the register fill
 * as the reference application pushes the committee's changes. Ends with Ctrl-C.
 */
public final class WebhookReceiverExample {

    private WebhookReceiverExample() {
    }

    public static void main(String[] args) throws IOException {
        String secret = System.getenv("XIESHANG_WEBHOOK_SECRET");
        if (secret == null || secret.isBlank()) {
            System.err.println("Set XIESHANG_WEBHOOK_SECRET to the secret shown when the webhook was registered.");
            System.exit(2);
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
        WebhookReceiver receiver = new WebhookReceiver(secret, Clock.systemUTC(), Duration.ofMinutes(5));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/changes", exchange -> {
            receiver.handler().handle(exchange);
            System.out.printf("delivery answered %d: %d items kept, up to sequence %d%n", exchange.getResponseCode(),
                    receiver.register().size(), receiver.lastSequence());
        });
        server.start();
        System.out.println("receiving webhook deliveries on http://localhost:" + port + "/changes");
    }
}
