package org.xieshang.app.application.webhook;

import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.NotFoundException;

/**
 * The proposal office's webhooks: a department's system named by its address receives the committee's change feed,
 * signed with a secret shown once when the webhook is registered. The office decides where its proposals go, so every
 * use here needs PROPOSAL_MANAGE on the committee; each change is audited, without the secret.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final String ENTITY = "webhook";
    private static final int MAX_DESCRIPTION = 200;

    @Inject
    Webhooks webhooks;

    @Inject
    Committees committees;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "xieshang.webhooks.allow-local-targets", defaultValue = "false")
    boolean localTargetsAllowed;

    /**
     * Registers a webhook that receives the committee's changes from its first on.
     *
     * @param url         an absolute http or https address, not null
     * @param description what it is for; may be null
     * @return the webhook and its secret, which is shown this once
     * @throws DomainException {@code webhook.url.invalid}, {@code webhook.url.local}, {@code field.too-long}
     */
    public Registration register(CommitteeId committeeId, String url, String description) {
        requireOffice(committeeId);
        committees.require(committeeId);
        URI target = WebhookTargets.parse(url);
        WebhookTargets.requireNotLocal(target, localTargetsAllowed);
        String purpose = Optional.ofNullable(Guard.optionalText(description, "description", MAX_DESCRIPTION)).orElse("");
        String secret = WebhookSignature.newSecret();
        Webhook added = webhooks.add(committeeId, target, purpose, secret, clock.instant(), user.subject().username());
        audit.change(committeeId, ENTITY, added.id().toString(), null, fields(added));
        return new Registration(added, secret);
    }

    /** @return the committee's webhooks, oldest first */
    public List<Webhook> ofCommittee(CommitteeId committeeId) {
        requireOffice(committeeId);
        return webhooks.ofCommittee(committeeId);
    }

    /** @throws NotFoundException {@code not-found.webhook} */
    public Webhook get(UUID id) {
        Webhook webhook = require(id);
        requireOffice(webhook.committeeId());
        return webhook;
    }

    /** Deletes a webhook read at that version: its deliveries stop. */
    public void delete(UUID id, long expectedVersion) {
        Webhook webhook = get(id);
        webhooks.delete(id, expectedVersion);
        audit.record(AuditAction.DELETE, Optional.of(webhook.committeeId()), ENTITY, id.toString(), fields(webhook).toString());
    }

    /**
     * Delivers again from after a sequence number (0: the whole feed), as a department's system that lost its copy asks.
     *
     * @throws DomainException {@code webhook.since.invalid} for a negative number
     */
    public Webhook rewind(UUID id, long expectedVersion, long since) {
        Webhook webhook = get(id);
        if (since < 0) {
            throw new DomainException("webhook.since.invalid", "since", since);
        }
        Webhook rewound = webhooks.rewind(id, expectedVersion, since, clock.instant());
        audit.change(webhook.committeeId(), ENTITY, id.toString(), fields(webhook), fields(rewound));
        return rewound;
    }

    /** The proposal office decides where its items go, and may only send what it reads itself (GET /changes). */
    private void requireOffice(CommitteeId committeeId) {
        access.require(PROPOSAL_MANAGE, Target.committee(committeeId));
        access.require(PROPOSAL_READ, Target.committee(committeeId));
    }

    private Webhook require(UUID id) {
        return webhooks.find(id).orElseThrow(() -> new NotFoundException(ENTITY, null, id));
    }

    private static Map<String, String> fields(Webhook w) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("url", w.url().toString());
        f.put("description", w.description());
        f.put("deliveredSequence", Long.toString(w.deliveredSequence()));
        return f;
    }

    /**
     * A webhook just registered.
     *
     * @param webhook the webhook
     * @param secret  the key its deliveries are signed with; shown this once
     */
    public record Registration(Webhook webhook, String secret) {

        /** Without the secret, which belongs in the answer only, not in a log line. */
        @Override
        public String toString() {
            return "Registration[" + webhook.id() + "]";
        }
    }
}
