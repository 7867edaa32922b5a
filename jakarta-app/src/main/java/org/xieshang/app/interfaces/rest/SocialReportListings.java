package org.xieshang.app.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.app.interfaces.rest.SocialReportRequests.DraftChange;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReportStatus;

/** The filters every report listing takes, and the request bodies turned into the domain's values. */
@RequestScoped
class SocialReportListings {

    @Inject
    SocialReportService reports;

    @Inject
    SocialReportViews names;

    PageJson<SocialReportJson> page(SocialReportQuery base, String status, String category, Integer page, Integer size) {
        SocialReportQuery query = base.inStatus(statuses(status));
        ProposalCategory wanted = Http.enumValue(ProposalCategory.class, category, "category");
        if (wanted != null) {
            query = query.inCategory(wanted);
        }
        return PageJson.of(reports.search(query, Http.page(page, size)), r -> SocialReportJson.of(r, names));
    }

    static ReportContent content(String title, String text, String category) {
        return new ReportContent(title, text, Http.enumValue(ProposalCategory.class, category, "category"));
    }

    static ReportContent content(DraftChange r) {
        return content(r.title, r.text, r.category);
    }

    static List<MemberId> coAuthors(DraftChange r) {
        return r.coAuthorIds == null ? List.of() : r.coAuthorIds.stream().map(id -> Http.bodyId(id, MemberId::new, "coAuthors")).toList();
    }

    /** @return the statuses named, comma-separated; none for all */
    private static Set<SocialReportStatus> statuses(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(s -> Http.enumValue(SocialReportStatus.class, s, "status"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SocialReportStatus.class)));
    }
}
