package org.xieshang.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.domain.calendar.ScheduleOrigin;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.JointKind;
import org.xieshang.domain.consultation.MatterAction;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.consultation.PlanStatus;
import org.xieshang.domain.consultation.SubmissionStatus;
import org.xieshang.domain.consultation.ThreeBeforeVerdict;
import org.xieshang.domain.consultation.TopicSource;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.MembershipKind;
import org.xieshang.domain.member.MembershipStatus;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.notification.RecipientKind;
import org.xieshang.domain.outcome.AdoptionResult;
import org.xieshang.domain.outcome.OutcomeStage;
import org.xieshang.domain.outcome.SuggestionAction;
import org.xieshang.domain.outcome.SuggestionStatus;
import org.xieshang.domain.proposal.AlertKind;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.CoSignStatus;
import org.xieshang.domain.proposal.CommunicationMethod;
import org.xieshang.domain.proposal.CommunicationPhase;
import org.xieshang.domain.proposal.FilingDecision;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.ImplementationGrade;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.ProposalAction;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.ProposerKind;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.UnitRole;
import org.xieshang.domain.socialreport.SocialReportAction;
import org.xieshang.domain.socialreport.SocialReportStatus;
import org.xieshang.domain.workstation.PlaceKind;
import org.xieshang.domain.workstation.PostingType;

class DomainMessagesTest {

    private static final Properties CHINESE = load("messages_zh.properties");
    private static final Properties ENGLISH = load("messages_en.properties");

    @Test
    void every_chinese_text_has_an_english_one_and_vice_versa() {
        assertThat(ENGLISH.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(CHINESE.stringPropertyNames());
        assertThat(CHINESE.stringPropertyNames()).hasSizeGreaterThan(50);
    }

    @Test
    void no_text_is_blank() {
        CHINESE.forEach((key, text) -> assertThat((String) text).as("zh %s", key).isNotBlank());
        ENGLISH.forEach((key, text) -> assertThat((String) text).as("en %s", key).isNotBlank());
    }

    @Test
    void both_languages_use_the_same_placeholders() {
        for (String key : CHINESE.stringPropertyNames()) {
            assertThat(placeholders(ENGLISH.getProperty(key))).as(key).isEqualTo(placeholders(CHINESE.getProperty(key)));
        }
    }

    /** Reads the main sources, so that a new message code without a text fails here rather than in front of a user. */
    @Test
    void every_message_code_the_domain_raises_has_a_text() throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern literal = Pattern.compile("\"([a-z-]+(?:\\.[a-z-]+)+)\"");
        Pattern notFound = Pattern.compile("NotFoundException\\(\"([a-z-]+)\"");
        Pattern superCode = Pattern.compile("super\\(\"([a-z-]+)\"");
        try (Stream<Path> files = Files.walk(mainSources().resolve("org/xieshang/domain"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(literal.matcher(source), "", codes);
                collect(notFound.matcher(source), "not-found.", codes);
                collect(superCode.matcher(source), "", codes);
            }
        }

        assertThat(codes).contains("member.code.duplicate", "not-found.member", "concurrent-update");
        assertThat(codes).allSatisfy(code -> assertThat(CHINESE.getProperty(code)).as(code).isNotNull());
    }

    @Test
    void apostrophes_are_doubled_because_every_text_goes_through_message_format() {
        for (Properties texts : List.of(CHINESE, ENGLISH)) {
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    @Test
    void an_apostrophe_in_a_text_is_shown() {
        assertThat(DomainMessages.format("membership.end-date.inconsistent", Locale.ENGLISH))
                .isEqualTo("The membership's end date does not match its status");
    }

    @Test
    void the_reader_gets_chinese_unless_they_read_english() {
        String code = "member.code.duplicate";

        assertThat(DomainMessages.format(code, Locale.CHINA, "QC-001")).isEqualTo("委员编号“QC-001”已被使用");
        assertThat(DomainMessages.format(code, Locale.SIMPLIFIED_CHINESE, "QC-001")).isEqualTo("委员编号“QC-001”已被使用");
        assertThat(DomainMessages.format(code, Locale.FRENCH, "QC-001")).isEqualTo("委员编号“QC-001”已被使用");
        assertThat(DomainMessages.format(code, Locale.ENGLISH, "QC-001")).isEqualTo("The member code 'QC-001' is taken");
        assertThat(DomainMessages.format(code, Locale.UK, "QC-001")).isEqualTo("The member code 'QC-001' is taken");
        assertThat(DomainMessages.format(code, Locale.forLanguageTag("en-CN"), "QC-001")).isEqualTo("The member code 'QC-001' is taken");
    }

    @Test
    void the_language_does_not_depend_on_the_servers_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(DomainMessages.format("standing.none-open", Locale.CHINA)).isEqualTo("该委员目前不是常委");
            Locale.setDefault(Locale.CHINA);
            assertThat(DomainMessages.format("standing.none-open", Locale.ENGLISH)).isEqualTo("The member is not a standing member");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void enum_arguments_are_shown_by_their_labels() {
        assertThat(DomainMessages.format("membership.transition.not-allowed", Locale.CHINA, MembershipStatus.RESIGNED,
                DecisionKind.STANDING_APPOINTMENT)).isEqualTo("委员资格状态为“已辞去委员”时不能作出“增补为常委”决定");
        assertThat(DomainMessages.format("membership.transition.not-allowed", Locale.ENGLISH, MembershipStatus.RESIGNED,
                DecisionKind.STANDING_APPOINTMENT)).isEqualTo("A membership that is 'Resigned' cannot take a 'Made a standing member' decision");
    }

    @Test
    void an_unknown_code_is_returned_as_it_is() {
        assertThat(DomainMessages.format("no.such.code", Locale.CHINA, "x")).isEqualTo("no.such.code");
        assertThat(DomainMessages.format("no.such.code", Locale.ENGLISH)).isEqualTo("no.such.code");
    }

    @Test
    void a_domain_exception_speaks_english_in_logs_and_either_language_on_request() {
        DomainException e = new NotFoundException("term", "termNumber", 14);

        assertThat(e.getMessage()).isEqualTo("No term 14");
        assertThat(e.localizedMessage(Locale.CHINA)).isEqualTo("找不到第 14 届");
        assertThat(e.code()).isEqualTo("not-found.term");
        assertThat(e.field()).contains("termNumber");
    }

    static Stream<Enum<?>> labelledConstants() {
        return Stream.of(CommitteeLevel.values(), Gender.values(), MembershipKind.values(), MembershipStatus.values(),
                DecisionKind.values(), PostingType.values(), PlaceKind.values(), PartyAffiliation.values(), Ethnicity.values(),
                ConsultationStep.values(), MatterAction.values(), PlanStatus.values(), TopicSource.values(), ContentArea.values(),
                ConsultationForm.values(), SubmissionStatus.values(), ParticipantKind.values(), JointKind.values(),
                ThreeBeforeVerdict.values(), HandlingUnitKind.values(), ScheduleOrigin.values(),
                ProposalStatus.values(), ProposalAction.values(), ProposalOrigin.values(), ProposerKind.values(), CoSignStatus.values(),
                ProposalCategory.values(), FilingDecision.values(), NotFiledReason.values(), HandlingMode.values(), UnitRole.values(),
                CommunicationPhase.values(), CommunicationMethod.values(), AnswerResult.values(), Satisfaction.values(),
                ImplementationGrade.values(), AlertKind.values(), RecipientKind.values(), OutcomeStage.values(), SuggestionStatus.values(),
                SuggestionAction.values(), AdoptionResult.values(), SocialReportStatus.values(), SocialReportAction.values())
                .flatMap(Stream::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledConstants")
    void every_constant_users_see_has_a_label_in_both_languages(Enum<?> constant) {
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();

        assertThat(CHINESE.getProperty(key)).as(key).isNotBlank().isEqualTo(DomainMessages.label(constant, Locale.CHINA));
        assertThat(ENGLISH.getProperty(key)).as(key).isNotBlank().isEqualTo(DomainMessages.label(constant, Locale.ENGLISH));
    }

    @Test
    void party_labels_match_the_affiliations_own_chinese_names() {
        for (PartyAffiliation party : PartyAffiliation.values()) {
            assertThat(DomainMessages.label(party, Locale.CHINA)).isEqualTo(party.chineseName());
        }
    }

    @Test
    void a_constant_without_a_label_is_shown_by_its_name() {
        assertThat(DomainMessages.label(Thread.State.NEW, Locale.CHINA)).isEqualTo("NEW");
    }

    /** @return the module's {@code src/main/java}, found from the compiled classes so that any working directory will do */
    private static Path mainSources() {
        try {
            Path classes = Path.of(DomainMessages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path sources = classes.resolve("../../src/main/java").normalize();
            assertThat(sources).as("main sources beside %s", classes).isDirectory();
            return sources;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Matcher matcher, String prefix, Set<String> codes) {
        while (matcher.find()) {
            codes.add(prefix + matcher.group(1));
        }
    }

    private static Set<String> placeholders(String text) {
        return Pattern.compile("\\{\\d+}").matcher(text).results().map(r -> r.group()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = DomainMessages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        return properties;
    }
}
