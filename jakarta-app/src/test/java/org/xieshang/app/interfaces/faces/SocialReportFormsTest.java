package org.xieshang.app.interfaces.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xieshang.app.interfaces.faces.SocialReportForms.Part.LEADER;
import static org.xieshang.app.interfaces.faces.SocialReportForms.Part.OFFICE;
import static org.xieshang.app.interfaces.faces.SocialReportForms.Part.SUBMITTER;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.socialreport.SocialReportStatus;

class SocialReportFormsTest {

    private static final String PROVINCE = "省政协";
    private static final String PARTY_OFFICE = "市委办公室";

    @ParameterizedTest(name = "{0}: edit {1}, return {2}, adopt {3}, decline {4}, report upward {5}, record upper adoption {6}")
    @CsvSource({
            "DRAFT,           false, false, false, false, false, false",
            "SUBMITTED,       true,  true,  false, true,  false, false",
            "EDITED,          true,  true,  true,  true,  false, false",
            "ADOPTED,         false, false, false, false, true,  false",
            "NOT_ADOPTED,     false, false, false, false, false, false",
            "REPORTED_UPWARD, false, false, false, false, true,  true",
            "INSTRUCTED,      false, false, false, false, true,  true",
            "WITHDRAWN,       false, false, false, false, false, false"})
    void the_office_is_offered_what_the_life_cycle_allows_in_each_status(SocialReportStatus status, boolean edit, boolean sendBack, boolean adopt,
                                                                         boolean decline, boolean upward, boolean upperAdoption) {
        SocialReportForms forms = SocialReportForms.of(in(status), EnumSet.of(OFFICE));

        assertThat(forms.isEditable()).as("edit").isEqualTo(edit);
        assertThat(forms.isReturnable()).as("return").isEqualTo(sendBack);
        assertThat(forms.isAdoptable()).as("adopt").isEqualTo(adopt);
        assertThat(forms.isDeclinable()).as("decline").isEqualTo(decline);
        assertThat(forms.isDeciding()).as("any decision").isEqualTo(adopt || decline || sendBack);
        assertThat(forms.isReportableUpward()).as("report upward").isEqualTo(upward);
        assertThat(forms.isRecordingUpperAdoption()).as("record upper adoption").isEqualTo(upperAdoption);
        assertThat(forms.isInstructable()).as("the office instructs nothing").isFalse();
        assertThat(forms.isWithdrawable()).as("only its submitter withdraws it").isFalse();
    }

    @Test
    void the_office_records_the_adoption_only_of_upper_bodies_that_have_not_adopted_it_yet() {
        SocialReport twice = in(SocialReportStatus.ADOPTED).reportUpward(PROVINCE, march(6), office(6)).reportUpward(PARTY_OFFICE, march(6), office(6));
        SocialReport provinceAdopted = twice.recordUpperAdoption(PROVINCE, march(8), "省政协《社情民意》刊发", office(8));
        SocialReport bothAdopted = provinceAdopted.recordUpperAdoption(PARTY_OFFICE, march(9), null, office(9));

        assertThat(SocialReportForms.of(twice, EnumSet.of(OFFICE)).getAwaitingUpperAdoption()).containsExactly(PROVINCE, PARTY_OFFICE);
        assertThat(SocialReportForms.of(provinceAdopted, EnumSet.of(OFFICE)).getAwaitingUpperAdoption()).containsExactly(PARTY_OFFICE);
        SocialReportForms answered = SocialReportForms.of(bothAdopted, EnumSet.of(OFFICE));
        assertThat(answered.isRecordingUpperAdoption()).as("every body answered, though the life cycle still allows it").isFalse();
        assertThat(answered.isReportableUpward()).isTrue();
    }

    @ParameterizedTest(name = "{0}: instruct {1}")
    @CsvSource({"DRAFT, false", "SUBMITTED, false", "EDITED, false", "ADOPTED, true", "NOT_ADOPTED, false", "REPORTED_UPWARD, true",
            "INSTRUCTED, true", "WITHDRAWN, false"})
    void a_leader_instructs_adopted_reports_and_does_nothing_else(SocialReportStatus status, boolean instruct) {
        SocialReportForms forms = SocialReportForms.of(in(status), EnumSet.of(LEADER));

        assertThat(forms.isInstructable()).isEqualTo(instruct);
        assertThat(forms.isEditable() || forms.isDeciding() || forms.isReportableUpward() || forms.isRecordingUpperAdoption()
                || forms.isWithdrawable() || forms.isOwnDraft()).isFalse();
    }

    @ParameterizedTest(name = "{0}: withdraw {1}, edit as own draft {2}")
    @CsvSource({"DRAFT, true, true", "SUBMITTED, true, false", "EDITED, false, false", "ADOPTED, false, false", "NOT_ADOPTED, false, false",
            "REPORTED_UPWARD, false, false", "INSTRUCTED, false, false", "WITHDRAWN, false, false"})
    void its_submitter_withdraws_it_until_the_office_has_edited_it(SocialReportStatus status, boolean withdraw, boolean ownDraft) {
        SocialReportForms forms = SocialReportForms.of(in(status), EnumSet.of(SUBMITTER));

        assertThat(forms.isWithdrawable()).isEqualTo(withdraw);
        assertThat(forms.isOwnDraft()).isEqualTo(ownDraft);
        assertThat(forms.isEditable() || forms.isDeciding() || forms.isInstructable()).as("no office's or leader's form").isFalse();
    }

    @ParameterizedTest
    @EnumSource(SocialReportStatus.class)
    void a_reader_without_a_part_in_it_is_offered_no_form(SocialReportStatus status) {
        SocialReportForms forms = SocialReportForms.of(in(status), Set.of());

        assertThat(List.of(forms.isEditable(), forms.isDeciding(), forms.isReportableUpward(), forms.isRecordingUpperAdoption(),
                forms.isInstructable(), forms.isWithdrawable(), forms.isOwnDraft())).containsOnly(false);
    }

    /** @return a report in the status, reached along the usual path in March 2026, reported upward once before an instruction */
    private static SocialReport in(SocialReportStatus status) {
        SocialReport draft = SocialReport.draft(SocialReportId.generate(), CommitteeId.generate(), 2026, MemberId.generate(), List.of(),
                new ReportContent("关于老旧小区电动自行车充电安全的建议", "部分老旧小区电动自行车在楼道充电，存在火灾隐患。", ProposalCategory.URBAN_DEVELOPMENT),
                Optional.empty());
        SocialReport submitted = draft.submit(member(2));
        SocialReport edited = submitted.edit(new ReportContent("电动自行车楼道充电隐患亟须治理", "建议加快建设集中充电设施。", ProposalCategory.URBAN_DEVELOPMENT),
                office(4));
        SocialReport adopted = edited.adopt("编入《社情民意》第3期", office(5));
        SocialReport upward = adopted.reportUpward(PROVINCE, march(6), office(6));
        return switch (status) {
            case DRAFT -> draft;
            case SUBMITTED -> submitted;
            case WITHDRAWN -> submitted.withdraw("另有渠道反映", member(3));
            case EDITED -> edited;
            case NOT_ADOPTED -> edited.decline("已有同类信息", office(5));
            case ADOPTED -> adopted;
            case REPORTED_UPWARD -> upward;
            case INSTRUCTED -> upward.recordInstruction(new Instruction("市委书记 王某某", "请市消防救援支队会同住建局研究。", march(9)), office(9));
        };
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static Act office(int day) {
        return new Act("info.office", march(day).atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), march(day));
    }

    private static Act member(int day) {
        return new Act("member", march(day).atTime(9, 0).toInstant(ZoneOffset.ofHours(8)), march(day));
    }
}
