package org.xieshang.app.application.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import org.xieshang.domain.shared.DomainException;

/**
 * Where deliveries may go. An absolute http or https address with a host and no user name; never, unless the
 * deployment allows it ({@code xieshang.webhooks.allow-local-targets}), the server's own machine, a link-local address
 * (where clouds answer with their metadata) or a multicast one, so that a registration cannot turn the server against
 * itself. Intranet addresses are allowed: departments' systems usually live there.
 */
final class WebhookTargets {

    static final int MAX_URL = 500;

    private WebhookTargets() {
    }

    /**
     * @param url the address as the office typed it, may be null
     * @return the target, never null
     * @throws DomainException {@code webhook.url.invalid}
     */
    static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            throw invalid(url);
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (!web || uri.getHost() == null || uri.getUserInfo() != null || uri.getPort() > 65_535) {
                throw invalid(url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(url);
        }
    }

    /**
     * Refuses an address whose host is literally a local one (an IP address or {@code localhost}); names are checked
     * again by {@link #resolvesAllowed} before each delivery, as they may change.
     *
     * @throws DomainException {@code webhook.url.local}
     */
    static void requireNotLocal(URI target, boolean localAllowed) {
        String host = target.getHost();
        boolean literal = host.equalsIgnoreCase("localhost") || host.matches("[0-9.]+") || host.startsWith("[");
        if (literal && !localAllowed && !resolvesAllowed(target, false)) {
            throw new DomainException("webhook.url.local", "url", target.toString());
        }
    }

    /** @return whether every address the target's host has now is one deliveries may go to; false if it has none */
    static boolean resolvesAllowed(URI target, boolean localAllowed) {
        if (localAllowed) {
            return true;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(target.getHost());
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(WebhookTargets::isRemote);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isRemote(InetAddress address) {
        return !(address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress());
    }

    private static DomainException invalid(String url) {
        return new DomainException("webhook.url.invalid", "url", url == null ? "" : url);
    }
}
