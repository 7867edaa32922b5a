package org.xieshang.app.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.app.infrastructure.jpa.JpaWebhooks;

/** The webhooks' storage, their secrets encrypted as personal data is. */
@ApplicationScoped
public class WebhookWiring {

    @PersistenceContext(unitName = "xieshang")
    EntityManager em;

    @Inject
    PersonalDataProtection protection;

    @Produces
    @Singleton
    Webhooks webhooks() {
        return new JpaWebhooks(em, protection);
    }
}
