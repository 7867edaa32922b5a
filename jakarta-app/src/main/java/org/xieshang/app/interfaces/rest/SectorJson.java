package org.xieshang.app.interfaces.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.specialcommittee.SpecialCommittee;

/** JSON shapes of sectors, sector activity groups and special committees. */
interface SectorJson {

    record SectorView(String id, String committeeId, String name, int displayOrder, long version) {
        static SectorView of(Sector s) {
            return new SectorView(s.id().toString(), s.committeeId().toString(), s.name(), s.displayOrder(), s.version());
        }
    }

    class NewSector {
        @NotBlank
        @Size(max = 50)
        public String name;
    }

    class SectorChange {
        @NotBlank
        @Size(max = 50)
        public String name;
        @NotNull
        @Min(0)
        public Integer displayOrder;
    }

    class PresetRequest {
        /** The preset's name; STANDARD is the usual list. */
        @NotBlank
        public String preset;
    }

    record SectorGroupView(String id, String committeeId, String name, List<String> sectorIds, String leaderId, long version) {
        static SectorGroupView of(SectorGroup g) {
            return new SectorGroupView(g.id().toString(), g.committeeId().toString(), g.name(),
                    g.sectorIds().stream().map(SectorId::toString).toList(), g.leaderId().map(MemberId::toString).orElse(null), g.version());
        }
    }

    class SectorGroupRequest {
        @NotBlank
        @Size(max = 100)
        public String name;
        @NotEmpty
        public List<String> sectorIds;
        public String leaderId;
    }

    record SpecialCommitteeView(String id, String committeeId, String name, String directorId, boolean onePerson, long version) {
        static SpecialCommitteeView of(SpecialCommittee s) {
            return new SpecialCommitteeView(s.id().toString(), s.committeeId().toString(), s.name(),
                    s.directorId().map(MemberId::toString).orElse(null), s.onePerson(), s.version());
        }
    }

    class SpecialCommitteeRequest {
        @NotBlank
        @Size(max = 100)
        public String name;
        public String directorId;
        /** A one-person committee (一人委). */
        public boolean onePerson;
    }
}
