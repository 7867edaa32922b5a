package org.xieshang.domain.testkit;

import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.consultation.ScreeningCatalogues;
import org.xieshang.domain.inmemory.InMemoryConsultationActivities;
import org.xieshang.domain.inmemory.InMemoryConsultationPlans;
import org.xieshang.domain.inmemory.InMemoryPublicSubmissions;
import org.xieshang.domain.inmemory.InMemoryScreeningCatalogues;
import org.xieshang.domain.inmemory.InMemoryTrackedOutcomes;
import org.xieshang.domain.outcome.TrackedOutcomes;

/**
 * The consultation ports of one adapter, as {@link ConsultationContract} sees them.
 *
 * @param plans       annual consultation plans, not null
 * @param activities  consultation activities, not null
 * @param submissions public-call submissions, not null
 * @param catalogues  committees' screening catalogues, not null
 * @param outcomes    outcome reports followed up, not null
 */
public record ConsultationStorage(ConsultationPlans plans, ConsultationActivities activities, PublicSubmissions submissions,
                                  ScreeningCatalogues catalogues, TrackedOutcomes outcomes) {

    /** @return fresh in-memory storage, never null */
    public static ConsultationStorage inMemory() {
        return new ConsultationStorage(new InMemoryConsultationPlans(), new InMemoryConsultationActivities(), new InMemoryPublicSubmissions(),
                new InMemoryScreeningCatalogues(), new InMemoryTrackedOutcomes());
    }
}
