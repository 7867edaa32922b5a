package org.xieshang.domain.testkit;

import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.inmemory.InMemoryConsultationActivities;
import org.xieshang.domain.inmemory.InMemoryConsultationPlans;
import org.xieshang.domain.inmemory.InMemoryPublicSubmissions;

/**
 * The consultation ports of one adapter, as {@link ConsultationContract} sees them.
 *
 * @param plans       annual consultation plans, not null
 * @param activities  consultation activities, not null
 * @param submissions public-call submissions, not null
 */
public record ConsultationStorage(ConsultationPlans plans, ConsultationActivities activities, PublicSubmissions submissions) {

    /** @return fresh in-memory storage, never null */
    public static ConsultationStorage inMemory() {
        return new ConsultationStorage(new InMemoryConsultationPlans(), new InMemoryConsultationActivities(), new InMemoryPublicSubmissions());
    }
}
