package org.xieshang.domain.consultation;

import java.util.Optional;

/**
 * The eight steps of a consultation activity (001, Longxi: 八步工作法), in the order they must be done. Each step
 * leaves a deliverable, such as the research report or the minutes.
 */
public enum ConsultationStep {
    /** 议题收集: topics gathered from leaders, departments, members and the public. */
    COLLECT_TOPIC,
    /** 议题确定: the topic chosen and screened. */
    DECIDE_TOPIC,
    /** 制定方案: the work plan (who, when, form, participants). */
    WORK_PLAN,
    /** 议前调研: research before the meeting, ending in a research report. */
    RESEARCH,
    /** 协商议事: the consultation meeting, ending in minutes and an outcome report. */
    CONSULT,
    /** 公开公示: the disclosure notice. */
    DISCLOSE,
    /** 组织决定: the Party organisation decides; the committee advises and does not decide (献策不决策). */
    ORGANISATIONAL_DECISION,
    /** 跟踪落实: implementation tracked. */
    TRACK_IMPLEMENTATION;

    private static final ConsultationStep[] ALL = values();

    /** @return the step after this one, if any */
    public Optional<ConsultationStep> next() {
        return ordinal() + 1 < ALL.length ? Optional.of(ALL[ordinal() + 1]) : Optional.empty();
    }

    /** @return the first step, never null */
    public static ConsultationStep first() {
        return ALL[0];
    }
}
