package org.xieshang.domain.consultation;

import java.util.Optional;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * "Three before" (三在前, 003): a matter that requires consultation is consulted before the Party committee decides
 * it, before the people's congress passes it and before the government implements it. Other systems call this
 * check before they record such a step; a matter that should have been consulted and was not is not to go ahead.
 * Stateless and thread-safe.
 */
public final class ThreeBefore {

    private ThreeBefore() {
    }

    /**
     * @param requiresConsultation whether the matter is flagged as requiring consultation
     * @param consultation         the consultation activity on it, if one exists; not null
     * @return the verdict, never null
     */
    public static ThreeBeforeVerdict check(boolean requiresConsultation, Optional<ConsultationProcess> consultation) {
        Guard.required(consultation, "consultation");
        if (!requiresConsultation) {
            return ThreeBeforeVerdict.NOT_REQUIRED;
        }
        return consultation.filter(ConsultationProcess::isConsulted).isPresent() ? ThreeBeforeVerdict.CONSULTED
                : ThreeBeforeVerdict.CONSULTATION_PENDING;
    }

    /**
     * @param requiresConsultation whether the matter is flagged as requiring consultation
     * @param consultation         the consultation activity on it, if one exists; not null
     * @param action               what is about to be recorded, not null
     * @throws DomainException {@code consultation.three-before} if the matter must be consulted first
     */
    public static void require(boolean requiresConsultation, Optional<ConsultationProcess> consultation, MatterAction action) {
        Guard.required(action, "action");
        Guard.check(check(requiresConsultation, consultation).allows(), "consultation.three-before", "action", action);
    }
}
