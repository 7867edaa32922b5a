package org.xieshang.domain.socialreport;

/** What may be done to a social-condition report. Each is recorded in its history with who, when and why. */
public enum SocialReportAction {
    /** The member changes the draft's text, category or co-authors. */
    EDIT_DRAFT,
    /** The member hands the draft in (报送). */
    SUBMIT,
    /** The member takes it back before the office has edited it. */
    WITHDRAW,
    /** The office sends it back to the member to be revised; it becomes a draft again. */
    RETURN_FOR_REVISION,
    /** The office edits it (编辑加工); the member's own text is kept beside the edited one. */
    EDIT,
    /** The committee adopts it (采用). */
    ADOPT,
    /** The committee does not adopt it, saying why. */
    DECLINE,
    /** The office reports it to an upper body (报送上级: 省政协, 全国政协, 市委办公室 …); once per body. */
    REPORT_UPWARD,
    /** The office records that an upper body it was reported to adopted it. */
    RECORD_UPPER_ADOPTION,
    /** A leader's instruction on it (领导批示) is recorded. */
    RECORD_INSTRUCTION
}
