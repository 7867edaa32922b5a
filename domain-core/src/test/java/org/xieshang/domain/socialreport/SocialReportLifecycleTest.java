package org.xieshang.domain.socialreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xieshang.domain.socialreport.ReportWalk.march;
import static org.xieshang.domain.socialreport.ReportWalk.office;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.testkit.DomainErrors;

/**
 * Every (status, action) pair: the life cycle as the committee's rules state it, checked against
 * {@link SocialReportLifecycle} and against the report itself, which must refuse exactly what the table refuses.
 */
class SocialReportLifecycleTest {

    /** The life cycle as specified: status → the actions allowed and where they lead ("=" keeps the status). */
    private static final Map<SocialReportStatus, String> SPECIFIED = new EnumMap<>(Map.of(
            SocialReportStatus.DRAFT, "EDIT_DRAFT=, SUBMIT>SUBMITTED, WITHDRAW>WITHDRAWN",
            SocialReportStatus.SUBMITTED, "WITHDRAW>WITHDRAWN, RETURN_FOR_REVISION>DRAFT, EDIT>EDITED, DECLINE>NOT_ADOPTED",
            SocialReportStatus.EDITED, "EDIT=, RETURN_FOR_REVISION>DRAFT, ADOPT>ADOPTED, DECLINE>NOT_ADOPTED",
            SocialReportStatus.ADOPTED, "REPORT_UPWARD>REPORTED_UPWARD, RECORD_INSTRUCTION>INSTRUCTED",
            SocialReportStatus.REPORTED_UPWARD, "REPORT_UPWARD=, RECORD_UPPER_ADOPTION=, RECORD_INSTRUCTION>INSTRUCTED",
            SocialReportStatus.INSTRUCTED, "REPORT_UPWARD=, RECORD_UPPER_ADOPTION=, RECORD_INSTRUCTION=",
            SocialReportStatus.NOT_ADOPTED, "",
            SocialReportStatus.WITHDRAWN, ""));

    static Stream<Arguments> everyPair() {
        return Arrays.stream(SocialReportStatus.values())
                .flatMap(status -> Arrays.stream(SocialReportAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyPair")
    void the_table_and_the_report_agree_with_the_rules(SocialReportStatus status, SocialReportAction action) {
        Optional<SocialReportStatus> specified = specified(status, action);
        assertThat(SocialReportLifecycle.next(status, action)).isEqualTo(specified);

        SocialReport before = ReportWalk.in(status);
        assertThat(before.status()).isEqualTo(status);
        if (specified.isPresent()) {
            SocialReport after = attempt(action).apply(before);
            assertThat(after.status()).isEqualTo(specified.get());
            assertThat(after.history()).hasSize(before.history().size() + 1);
            assertThat(after.history().subList(0, before.history().size())).isEqualTo(before.history());
            ReportTransition last = after.history().get(after.history().size() - 1);
            assertThat(last.action()).isEqualTo(action);
            assertThat(last.from()).isEqualTo(status);
            assertThat(last.to()).isEqualTo(specified.get());
            assertThat(last.actor()).isEqualTo("info.office");
        } else {
            assertThat(DomainErrors.raisedBy(() -> attempt(action).apply(before)))
                    .satisfies(e -> assertThat(e.code()).isEqualTo("social-report.action.not-allowed"))
                    .satisfies(e -> assertThat(e.field()).contains("status"));
        }
    }

    private static Optional<SocialReportStatus> specified(SocialReportStatus status, SocialReportAction action) {
        return Arrays.stream(SPECIFIED.get(status).split(",\\s*")).filter(entry -> !entry.isBlank())
                .filter(entry -> entry.startsWith(action.name() + "=") || entry.startsWith(action.name() + ">")).findFirst()
                .map(entry -> entry.endsWith("=") ? status : SocialReportStatus.valueOf(entry.substring(entry.indexOf('>') + 1)));
    }

    /** A valid attempt of each action, where the status allows it; the arguments suit the reports {@link ReportWalk} makes. */
    private static UnaryOperator<SocialReport> attempt(SocialReportAction action) {
        return switch (action) {
            case EDIT_DRAFT -> r -> r.editDraft(r.coAuthors(), r.content(), office(march(10)));
            case SUBMIT -> r -> r.submit(office(march(10)));
            case WITHDRAW -> r -> r.withdraw(null, office(march(10)));
            case RETURN_FOR_REVISION -> r -> r.returnForRevision("请补充具体小区和数据", office(march(10)));
            case EDIT -> r -> r.edit(ReportWalk.content("老旧小区楼道充电隐患"), office(march(10)));
            case ADOPT -> r -> r.adopt(null, office(march(10)));
            case DECLINE -> r -> r.decline("已有同类信息", office(march(10)));
            case REPORT_UPWARD -> r -> r.reportUpward("全国政协", march(10), office(march(10)));
            case RECORD_UPPER_ADOPTION -> r -> r.recordUpperAdoption(ReportWalk.PROVINCE, march(10), "省政协《社情民意》刊发", office(march(10)));
            case RECORD_INSTRUCTION -> r -> r.recordInstruction(new Instruction("市长 李某某", "请相关部门抓紧落实。", march(10)), office(march(10)));
        };
    }
}
