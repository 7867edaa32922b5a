/**
 * Xieshang's domain core: the work of local consultative committees (政协) as plain Java.
 *
 * <p>Each exported package holds one aggregate (or a few closely related ones), its storage port and
 * its use cases. {@code org.xieshang.domain.inmemory} holds ready storage for tests, examples and
 * small deployments. Nothing here depends on anything but the JDK.
 */
module org.xieshang.domain {
    exports org.xieshang.domain.shared;
    exports org.xieshang.domain.committee;
    exports org.xieshang.domain.sector;
    exports org.xieshang.domain.specialcommittee;
    exports org.xieshang.domain.member;
    exports org.xieshang.domain.liaison;
    exports org.xieshang.domain.workstation;
    exports org.xieshang.domain.security;
    exports org.xieshang.domain.audit;
    exports org.xieshang.domain.duty;
    exports org.xieshang.domain.activity;
    exports org.xieshang.domain.duty.scoring;
    exports org.xieshang.domain.duty.discipline;
    exports org.xieshang.domain.duty.evaluation;
    exports org.xieshang.domain.duty.statistics;
    exports org.xieshang.domain.consultation;
    exports org.xieshang.domain.calendar;
    exports org.xieshang.domain.proposal;
    exports org.xieshang.domain.socialreport;
    exports org.xieshang.domain.notification;
    exports org.xieshang.domain.instruction;
    exports org.xieshang.domain.outcome;
    exports org.xieshang.domain.inmemory;
}
