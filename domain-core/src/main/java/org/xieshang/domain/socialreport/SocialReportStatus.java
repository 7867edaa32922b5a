package org.xieshang.domain.socialreport;

/** Where a social-condition report stands; {@link SocialReportLifecycle} says which actions each status allows. */
public enum SocialReportStatus {
    /** 草稿: being written by its member, or back with the member for revision. */
    DRAFT,
    /** 已报送: handed in, waiting for the committee's information office. */
    SUBMITTED,
    /** 已编辑: edited by the office (编辑加工), waiting for the decision to adopt it. */
    EDITED,
    /** 已采用: adopted by the committee. */
    ADOPTED,
    /** 未采用: not adopted, with the reason. */
    NOT_ADOPTED,
    /** 已报送上级: adopted and reported to one or more upper bodies. */
    REPORTED_UPWARD,
    /** 获批示: a leader has written an instruction on it. */
    INSTRUCTED,
    /** 已撤回: taken back by its member before the office edited it. */
    WITHDRAWN;

    /** @return whether nothing more can happen to the report */
    public boolean isFinal() {
        return SocialReportLifecycle.allowedIn(this).isEmpty();
    }

    /** @return whether the committee adopted it: adopted, reported upward or instructed */
    public boolean isAdopted() {
        return this == ADOPTED || this == REPORTED_UPWARD || this == INSTRUCTED;
    }
}
