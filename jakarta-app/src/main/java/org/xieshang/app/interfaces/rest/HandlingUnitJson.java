package org.xieshang.app.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.xieshang.domain.committee.HandlingUnit;

/** JSON shapes of handling units (承办单位). */
interface HandlingUnitJson {

    record HandlingUnitView(String id, String committeeId, String name, String kind, String contactPerson, String contactPhone,
                            boolean active, long version) {
        static HandlingUnitView of(HandlingUnit u) {
            return new HandlingUnitView(u.id().toString(), u.committeeId().toString(), u.name(), u.kind().name(),
                    u.contactPerson().orElse(null), u.contactPhone().orElse(null), u.active(), u.version());
        }
    }

    class HandlingUnitRequest {
        @NotBlank
        @Size(max = 100)
        public String name;
        /** PARTY_DEPARTMENT, GOVERNMENT_DEPARTMENT, JUDICIAL, PEOPLES_ORGANISATION, ENTERPRISE_OR_INSTITUTION or OTHER. */
        @NotBlank
        public String kind;
        @Size(max = 50)
        public String contactPerson;
        @Size(max = 30)
        public String contactPhone;
    }
}
