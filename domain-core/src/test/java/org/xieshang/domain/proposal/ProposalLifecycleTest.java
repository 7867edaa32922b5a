package org.xieshang.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xieshang.domain.proposal.ProposalWalk.CO_UNIT;
import static org.xieshang.domain.proposal.ProposalWalk.LEAD;
import static org.xieshang.domain.proposal.ProposalWalk.LEAD_UNIT;
import static org.xieshang.domain.proposal.ProposalWalk.office;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.testkit.DomainErrors;

/**
 * Every (status, action) pair: the table of the life cycle as the committee's rules state it, checked against
 * {@link ProposalLifecycle} and against the proposal itself, which must refuse exactly what the table refuses and
 * change nothing when it does.
 */
class ProposalLifecycleTest {

    /** The life cycle as specified: status → the actions allowed and where they lead ("=" keeps the status). */
    private static final Map<ProposalStatus, String> SPECIFIED = new EnumMap<>(Map.ofEntries(
            Map.entry(ProposalStatus.DRAFT, "EDIT=, INVITE_CO_SIGNER=, ANSWER_INVITATION=, SUBMIT>SUBMITTED, WITHDRAW>WITHDRAWN"),
            Map.entry(ProposalStatus.SUBMITTED, "WITHDRAW>WITHDRAWN, RETURN_FOR_REVISION>DRAFT, FILE>FILED, REFUSE_FILING>NOT_FILED, "
                    + "CONVERT>CONVERTED, MERGE>MERGED"),
            Map.entry(ProposalStatus.FILED, "DESIGNATE_KEY=, ASSIGN>ASSIGNED"),
            Map.entry(ProposalStatus.ASSIGNED, "DESIGNATE_KEY=, ASSIGN=, ACKNOWLEDGE=, LOG_COMMUNICATION=, REQUEST_EXTENSION=, "
                    + "DECIDE_EXTENSION=, COUNTERSIGN="),
            Map.entry(ProposalStatus.HANDLING, "DESIGNATE_KEY=, ACKNOWLEDGE=, LOG_COMMUNICATION=, REQUEST_EXTENSION=, DECIDE_EXTENSION=, "
                    + "COUNTERSIGN=, ANSWER>ANSWERED"),
            Map.entry(ProposalStatus.ANSWERED, "LOG_COMMUNICATION=, RATE>RATED, CLOSE>CLOSED, GRADE_IMPLEMENTATION="),
            Map.entry(ProposalStatus.RATED, "LOG_COMMUNICATION=, REHANDLE>HANDLING, CLOSE>CLOSED, GRADE_IMPLEMENTATION="),
            Map.entry(ProposalStatus.CLOSED, "GRADE_IMPLEMENTATION="),
            Map.entry(ProposalStatus.NOT_FILED, ""),
            Map.entry(ProposalStatus.CONVERTED, ""),
            Map.entry(ProposalStatus.MERGED, ""),
            Map.entry(ProposalStatus.WITHDRAWN, "")));

    static Stream<Arguments> everyPair() {
        return Arrays.stream(ProposalStatus.values())
                .flatMap(status -> Arrays.stream(ProposalAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyPair")
    void the_table_and_the_proposal_agree_with_the_rules(ProposalStatus status, ProposalAction action) {
        Optional<ProposalStatus> specified = specified(status, action);
        assertThat(ProposalLifecycle.next(status, action)).isEqualTo(specified);

        Proposal before = ProposalWalk.in(status);
        assertThat(before.status()).isEqualTo(status);
        if (specified.isPresent()) {
            Proposal after = attempt(action, before).apply(before);
            assertThat(after.history()).hasSizeGreaterThan(before.history().size()).startsWith(before.history().toArray(Transition[]::new));
            assertThat(after.history().get(after.history().size() - 1).action()).isEqualTo(action);
            if (action != ProposalAction.ACKNOWLEDGE) {
                assertThat(after.status()).isEqualTo(specified.get());
            }
        } else {
            assertThat(DomainErrors.raisedBy(() -> attempt(action, before).apply(before)))
                    .satisfies(e -> assertThat(e.code()).isEqualTo("proposal.action.not-allowed"))
                    .satisfies(e -> assertThat(e.field()).contains("status"));
        }
    }

    private static Optional<ProposalStatus> specified(ProposalStatus status, ProposalAction action) {
        String allowed = SPECIFIED.get(status);
        return Arrays.stream(allowed.split(",\\s*")).filter(entry -> !entry.isBlank())
                .filter(entry -> entry.startsWith(action.name() + "=") || entry.startsWith(action.name() + ">")).findFirst()
                .map(entry -> entry.endsWith("=") ? status : ProposalStatus.valueOf(entry.substring(entry.indexOf('>') + 1)));
    }

    /** A valid attempt of each action, where the status allows it; the arguments suit the state {@link ProposalWalk} leaves. */
    private static UnaryOperator<Proposal> attempt(ProposalAction action, Proposal proposal) {
        LocalDate today = proposal.status() == ProposalStatus.RATED || proposal.status() == ProposalStatus.CLOSED
                || proposal.status() == ProposalStatus.ANSWERED ? LocalDate.of(2026, 5, 20) : LocalDate.of(2026, 3, 10);
        return switch (action) {
            case EDIT -> p -> p.edit(p.proposer(), p.content(), office(today));
            case INVITE_CO_SIGNER -> p -> p.inviteCoSigner(MemberId.generate(), office(today));
            case ANSWER_INVITATION -> p -> p.inviteCoSigner(MEMBER_TO_ANSWER, office(today)).answerInvitation(MEMBER_TO_ANSWER, false, office(today));
            case SUBMIT -> p -> p.submit(office(today));
            case WITHDRAW -> p -> p.withdraw(null, office(today));
            case RETURN_FOR_REVISION -> p -> p.returnForRevision("请补充数据", office(today));
            case FILE -> p -> p.file(7, null, office(today));
            case REFUSE_FILING -> p -> p.refuseFiling(NotFiledReason.OTHER, "另有渠道", office(today));
            case CONVERT -> p -> p.convert(null, office(today));
            case MERGE -> p -> p.mergeInto(ProposalWalk.in(ProposalStatus.FILED), office(today));
            case DESIGNATE_KEY -> p -> p.designateKey(new KeyDesignation(List.of("市委书记", "市长"), List.of("市政协主席"), today), office(today));
            case ASSIGN -> p -> p.assign(ProposalWalk.assignment(LocalDate.of(2026, 6, 30)), office(today));
            case ACKNOWLEDGE -> p -> p.acknowledge(p.status() == ProposalStatus.ASSIGNED ? LEAD_UNIT : CO_UNIT, office(today));
            case LOG_COMMUNICATION -> p -> p.logCommunication(new Communication(LEAD_UNIT,
                    p.status() == ProposalStatus.ANSWERED || p.status() == ProposalStatus.RATED ? CommunicationPhase.AFTER : CommunicationPhase.BEFORE,
                    CommunicationMethod.MEETING, today, "当面沟通"), office(today));
            case REQUEST_EXTENSION -> p -> p.requestExtension(LEAD_UNIT, new ExtensionRequest(10, "需跨部门协调", today), office(today));
            case DECIDE_EXTENSION -> p -> p.requestExtension(LEAD_UNIT, new ExtensionRequest(10, "需跨部门协调", today), office(today))
                    .decideExtension(null, "不符合延期条件", office(today));
            case COUNTERSIGN -> p -> p.countersign(CO_UNIT, "同意", office(today));
            case ANSWER -> p -> p.countersign(CO_UNIT, "同意", office(today)).answer(LEAD_UNIT, AnswerResult.SOLVED, "已解决", office(today));
            case RATE -> p -> p.rate(LEAD, Satisfaction.SATISFIED, true, null, office(today));
            case REHANDLE -> p -> p.rehandle(LocalDate.of(2026, 6, 30), "再次办理", office(today));
            case CLOSE -> p -> p.close(null, office(today));
            case GRADE_IMPLEMENTATION -> p -> p.gradeImplementation(new Supervision(ImplementationGrade.B, "市政府督查室", Optional.empty(), today),
                    office(today));
        };
    }

    private static final MemberId MEMBER_TO_ANSWER = MemberId.generate();
}
