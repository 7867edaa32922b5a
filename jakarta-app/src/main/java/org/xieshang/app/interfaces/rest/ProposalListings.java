package org.xieshang.app.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;

/** The filters every proposal listing takes, applied to a query, and the page of lines it gives. */
@RequestScoped
class ProposalListings {

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews names;

    @Inject
    Clock clock;

    PageJson<ProposalJson> page(ProposalQuery base, String status, Boolean key, Boolean overdue, String category, Integer page, Integer size) {
        LocalDate today = LocalDate.now(clock);
        ProposalQuery query = base.inStatus(statuses(status));
        if (Boolean.TRUE.equals(key)) {
            query = query.onlyKey();
        }
        if (Boolean.TRUE.equals(overdue)) {
            query = query.overdueOn(today);
        }
        ProposalCategory wanted = Http.enumValue(ProposalCategory.class, category, "category");
        if (wanted != null) {
            query = query.inCategory(wanted);
        }
        return PageJson.of(proposals.search(query, Http.page(page, size)), p -> ProposalJson.of(p, names, today));
    }

    /** @return the statuses named, comma-separated; none for all */
    private static Set<ProposalStatus> statuses(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(s -> Http.enumValue(ProposalStatus.class, s, "status"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProposalStatus.class)));
    }
}
