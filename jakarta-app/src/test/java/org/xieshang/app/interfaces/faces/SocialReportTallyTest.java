package org.xieshang.app.interfaces.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReportStatus;

class SocialReportTallyTest {

    private static final String COMMITTEE = CommitteeId.generate().toString();

    @Test
    void a_filter_narrows_the_year_to_the_status_and_the_category_chosen_and_lists_all_without_them() {
        SocialReportQuery all = new SocialReportFilter(COMMITTEE, 2026, null, null).query();
        SocialReportQuery narrowed = new SocialReportFilter(COMMITTEE, 2026, SocialReportStatus.EDITED, ProposalCategory.HEALTH).query();

        assertThat(all).isEqualTo(SocialReportQuery.of(CommitteeId.parse(COMMITTEE), 2026));
        assertThat(narrowed.statuses()).containsExactly(SocialReportStatus.EDITED);
        assertThat(narrowed.category()).contains(ProposalCategory.HEALTH);
        assertThat(narrowed.year()).isEqualTo(2026);
        assertThat(narrowed.memberId()).isEmpty();
    }

    @Test
    void every_status_but_the_draft_is_counted_in_the_life_cycles_order_within_the_category_chosen() {
        List<SocialReportQuery> asked = new ArrayList<>();
        SocialReportFilter filter = new SocialReportFilter(COMMITTEE, 2026, null, ProposalCategory.EDUCATION_SCIENCE);

        List<ReportStatusCount> counts = SocialReportTally.count(filter, q -> {
            asked.add(q);
            return q.statuses().iterator().next().ordinal();
        });

        assertThat(counts).extracting(ReportStatusCount::getStatus).containsExactly(SocialReportStatus.SUBMITTED, SocialReportStatus.EDITED,
                SocialReportStatus.ADOPTED, SocialReportStatus.NOT_ADOPTED, SocialReportStatus.REPORTED_UPWARD, SocialReportStatus.INSTRUCTED,
                SocialReportStatus.WITHDRAWN);
        assertThat(counts).allMatch(c -> c.getCount() == c.getStatus().ordinal(), "each figure is its own status's count");
        assertThat(asked).allMatch(q -> q.category().equals(Optional.of(ProposalCategory.EDUCATION_SCIENCE)) && q.year() == 2026)
                .extracting(SocialReportQuery::statuses).doesNotContain(Set.of(SocialReportStatus.DRAFT));
        assertThat(counts).noneMatch(ReportStatusCount::isChosen);
    }

    @Test
    void the_status_chosen_marks_its_figure_and_leaves_the_others_counted() {
        SocialReportFilter adoptedOnly = new SocialReportFilter(COMMITTEE, 2026, SocialReportStatus.ADOPTED, null);

        List<ReportStatusCount> counts = SocialReportTally.count(adoptedOnly, q -> 3);

        assertThat(counts).hasSize(7).allMatch(c -> c.getCount() == 3);
        assertThat(counts).filteredOn(ReportStatusCount::isChosen).extracting(ReportStatusCount::getStatus)
                .containsExactly(SocialReportStatus.ADOPTED);
        assertThat(SocialReportTally.total(counts)).isEqualTo(21);
    }
}
