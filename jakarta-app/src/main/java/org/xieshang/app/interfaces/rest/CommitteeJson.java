package org.xieshang.app.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.PlenarySession;
import org.xieshang.domain.committee.Term;

/**
 * JSON shapes of committees, terms and plenary sessions. Responses are records; requests are plain
 * classes (MicroProfile OpenAPI on Payara cannot read constraints on record components) that carry no
 * server-owned fields.
 */
interface CommitteeJson {

    record CommitteeView(String id, String name, String level, String parentId, String region, List<TermView> terms, long version) {
        static CommitteeView of(Committee c) {
            return new CommitteeView(c.id().toString(), c.name(), c.level().name(), c.parentId().map(CommitteeId::toString).orElse(null),
                    c.region(), c.terms().stream().map(TermView::of).toList(), c.version());
        }
    }

    record TermView(int number, String name, LocalDate startDate, LocalDate endDate, List<SessionView> sessions) {
        static TermView of(Term t) {
            return new TermView(t.number(), t.displayName(), t.startInclusive(), t.endInclusive(),
                    t.sessions().stream().map(s -> SessionView.of(t, s)).toList());
        }
    }

    record SessionView(int number, String name, LocalDate startDate, LocalDate endDate) {
        static SessionView of(Term t, PlenarySession s) {
            return new SessionView(s.number(), s.displayName(t.number()), s.startInclusive(), s.endInclusive());
        }
    }

    class NewCommittee {
        @NotBlank
        @Size(max = 100)
        public String name;
        /** NATIONAL, PROVINCIAL, CITY or COUNTY. */
        @NotBlank
        public String level;
        /** The committee one level up, if registered. */
        public String parentId;
        @NotBlank
        @Size(max = 100)
        public String region;
    }

    class CommitteeChange {
        @NotBlank
        @Size(max = 100)
        public String name;
        @NotBlank
        @Size(max = 100)
        public String region;
    }

    class NewTerm {
        @NotNull
        @Min(1)
        @Max(99)
        public Integer number;
        @NotNull
        public LocalDate startDate;
        @NotNull
        public LocalDate endDate;
    }

    class Dates {
        @NotNull
        public LocalDate startDate;
        @NotNull
        public LocalDate endDate;
    }
}
