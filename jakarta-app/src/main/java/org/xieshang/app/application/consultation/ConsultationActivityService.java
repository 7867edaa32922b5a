package org.xieshang.app.application.consultation;

import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.duty.DutyDirectories;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.app.infrastructure.files.AttachmentContent;
import org.xieshang.app.infrastructure.files.AttachmentStore;
import org.xieshang.app.infrastructure.files.StoredAttachment;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.JointWork;
import org.xieshang.domain.consultation.MatterAction;
import org.xieshang.domain.consultation.MeetingRequest;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.consultation.StepRecord;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.consultation.ThreeBeforeVerdict;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.DomainException;

/**
 * Consultation activities: started from a topic of the approved plan, taken through the eight steps, with their
 * participants, meeting and outcome. The leading committee's consultation office runs them; a county taking part in
 * joint work reads its part through {@link #ofCommittee}.
 */
@ApplicationScoped
@Transactional
public class ConsultationActivityService {

    @Inject
    ConsultationActivities activities;

    @Inject
    ConsultationAdministration consultation;

    @Inject
    Members members;

    @Inject
    Activities meetings;

    @Inject
    Committees committees;

    @Inject
    DutyDirectories directories;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    @Inject
    AttachmentStore attachments;

    @Inject
    CurrentUser user;

    /**
     * @param committeeId a committee, leading or (joint work) taking part
     * @param year        the plan year
     * @return the activities it takes part in, each with only the participants it may see
     */
    public List<CommitteeActivity> ofCommittee(CommitteeId committeeId, int year) {
        access.require(CONSULTATION_READ, Target.committee(committeeId));
        return activities.ofCommittee(committeeId, year).stream().map(a -> new CommitteeActivity(a, a.participantsSeenBy(committeeId))).toList();
    }

    /**
     * @param committeeId a committee, leading or (joint work) taking part
     * @param year        the plan year
     * @return the scheduled consultation meetings of its activities, for calendars
     */
    public List<ScheduledMeeting> meetings(CommitteeId committeeId, int year) {
        access.require(CONSULTATION_READ, Target.committee(committeeId));
        return activities.ofCommittee(committeeId, year).stream().filter(a -> a.meeting().isPresent())
                .map(a -> new ScheduledMeeting(a, meetings.require(a.meeting().orElseThrow()))).toList();
    }

    public ConsultationActivity get(ConsultationActivityId id) {
        ConsultationActivity activity = activities.require(id);
        access.require(CONSULTATION_READ, Target.committee(activity.committeeId()));
        return activity;
    }

    public ConsultationActivity start(CommitteeId committeeId, int year, TopicId topicId, Optional<JointWork> joint) {
        access.require(CONSULTATION_MANAGE, Target.committee(committeeId));
        ConsultationActivity activity = consultation.start(committeeId, year, topicId, joint);
        audit.change(committeeId, "consultation-activity", activity.id().toString(), null, fields(activity));
        return activity;
    }

    /**
     * @param activity an activity read through {@link #get}
     * @return the current members of the leading committee and of the counties taking part, who may be invited
     */
    public List<Member> invitableMembers(ConsultationActivity activity) {
        access.require(CONSULTATION_MANAGE, Target.committee(activity.committeeId()));
        List<CommitteeId> taking = new ArrayList<>(List.of(activity.committeeId()));
        activity.joint().ifPresent(j -> taking.addAll(j.counties()));
        List<Member> invitable = new ArrayList<>();
        for (CommitteeId committeeId : taking) {
            committees.require(committeeId).latestTerm().ifPresent(term -> directories.forTerm(committeeId, term.number()).members().values().stream()
                    .filter(m -> m.membership(term.number()).map(t -> t.status().isCurrent()).orElse(false)).forEach(invitable::add));
        }
        return invitable;
    }

    /** Invites a member by their record: the name and committee come from it, so nobody is invited under a wrong name. */
    public ConsultationActivity inviteMember(ConsultationActivityId id, long expectedVersion, MemberId memberId) {
        Member member = members.require(memberId);
        Participant participant = new Participant(ParticipantKind.MEMBER, member.committeeId(), Optional.of(member.id()), member.profile().name(), "");
        return change(id, current -> consultation.invite(id, expectedVersion, participant));
    }

    /** Invites the chosen members in one change: all of them or, if one is refused, none. */
    public ConsultationActivity inviteMembers(ConsultationActivityId id, long expectedVersion, List<MemberId> memberIds) {
        ConsultationActivity activity = null;
        long at = expectedVersion;
        for (MemberId memberId : memberIds) {
            activity = inviteMember(id, at, memberId);
            at = activity.version();
        }
        return activity == null ? get(id) : activity;
    }

    /** Invites someone who is not a member (an expert, a department head, a resident…), by name and unit. */
    public ConsultationActivity invite(ConsultationActivityId id, long expectedVersion, Participant participant) {
        if (participant.kind() == ParticipantKind.MEMBER) {
            throw new IllegalArgumentException("members are invited by their record");
        }
        return change(id, current -> consultation.invite(id, expectedVersion, participant));
    }

    public ConsultationActivity scheduleMeeting(ConsultationActivityId id, long expectedVersion, MeetingRequest request) {
        return change(id, current -> consultation.scheduleMeeting(id, expectedVersion, request));
    }

    /** Records a step; an attachment it names must have been uploaded to this activity's committee. */
    public ConsultationActivity complete(ConsultationActivityId id, long expectedVersion, StepRecord record) {
        return change(id, current -> {
            record.attachment().ifPresent(a -> attachments.find(current.committeeId(), a)
                    .orElseThrow(() -> new DomainException("attachment.unknown", "attachmentId")));
            return consultation.complete(id, expectedVersion, record);
        });
    }

    /**
     * Stores the deliverable's file and records the step in one transaction: a refused step leaves no file behind.
     *
     * @param record   the step done, without attachment
     * @param fileName the file's name as uploaded
     * @param content  the file's content
     */
    public ConsultationActivity complete(ConsultationActivityId id, long expectedVersion, StepRecord record, String fileName, InputStream content) {
        StoredAttachment stored = attach(id, fileName, content);
        return complete(id, expectedVersion, new StepRecord(record.step(), record.deliverable(), Optional.of(stored.id()), record.doneBy(),
                record.doneOn(), record.decidingOrganisation()));
    }

    /**
     * Stores a deliverable's file (type checked, size capped, name sanitised) for a step recorded afterwards.
     *
     * @return the stored file, whose identifier the step then names
     */
    public StoredAttachment attach(ConsultationActivityId id, String fileName, InputStream content) {
        ConsultationActivity activity = activities.require(id);
        access.require(CONSULTATION_MANAGE, Target.committee(activity.committeeId()));
        StoredAttachment stored = attachments.store(activity.committeeId(), fileName, content, user.actor().username());
        audit.change(activity.committeeId(), "attachment", stored.id(), null,
                Map.of("activity", id.toString(), "file", stored.fileName(), "type", stored.mediaType(), "sha256", stored.sha256()));
        return stored;
    }

    /**
     * @param id   the activity
     * @param step one of its steps
     * @return the file of that step's deliverable, if the step is done with one
     */
    public Optional<AttachmentContent> deliverable(ConsultationActivityId id, ConsultationStep step) {
        ConsultationActivity activity = get(id);
        return activity.process().record(step).flatMap(StepRecord::attachment).flatMap(a -> attachments.open(activity.committeeId(), a));
    }

    /** Hands the outcome report over once, if the activity is still at the version the caller read. */
    public OutcomeReport reportOutcome(ConsultationActivityId id, long expectedVersion, String title, List<Suggestion> suggestions) {
        ConsultationActivity activity = activities.require(id);
        access.require(CONSULTATION_MANAGE, Target.committee(activity.committeeId()));
        OutcomeReport report = consultation.reportOutcome(id, expectedVersion, title, suggestions);
        audit.change(activity.committeeId(), "consultation-outcome", id.toString(), null,
                Map.of("title", title, "suggestions", Integer.toString(suggestions.size())));
        return report;
    }

    /**
     * The "three before" check other systems call before they record a matter as decided, passed or implemented.
     *
     * @param id     the consultation of the matter
     * @param action what the caller is about to record, if it asks about one
     * @return the verdict, and whether that action may be recorded now
     */
    public ThreeBeforeAnswer threeBefore(ConsultationActivityId id, Optional<MatterAction> action) {
        ConsultationActivity activity = get(id);
        ThreeBeforeVerdict verdict = consultation.threeBefore(id);
        return new ThreeBeforeAnswer(activity, verdict, action);
    }

    /** Checks the user may change the activity, changes it (given it as read) and audits before and after. */
    private ConsultationActivity change(ConsultationActivityId id, UnaryOperator<ConsultationActivity> change) {
        ConsultationActivity before = activities.require(id);
        access.require(CONSULTATION_MANAGE, Target.committee(before.committeeId()));
        ConsultationActivity after = change.apply(before);
        audit.change(after.committeeId(), "consultation-activity", id.toString(), fields(before), fields(after));
        return after;
    }

    private static Map<String, String> fields(ConsultationActivity activity) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", activity.title());
        f.put("steps", String.join("; ", activity.process().steps().stream()
                .map(r -> r.step().name() + " " + r.doneOn() + " " + r.deliverable() + r.attachment().map(a -> " [" + a + "]").orElse("")).toList()));
        f.put("participants", String.join("; ", activity.participants().stream().map(p -> p.kind().name() + " " + p.name()).toList()));
        f.put("meeting", activity.meeting().map(Object::toString).orElse(""));
        return f;
    }

    /** A consultation activity's meeting, as scheduled among the duty activities. */
    public record ScheduledMeeting(ConsultationActivity activity, DutyActivity meeting) {
    }

    /** An activity as one committee taking part sees it. */
    public record CommitteeActivity(ConsultationActivity activity, List<Participant> participants) {
    }

    /** The answer of the "three before" check. */
    public record ThreeBeforeAnswer(ConsultationActivity activity, ThreeBeforeVerdict verdict, Optional<MatterAction> action) {
        /** @return whether the matter may be decided, passed or implemented now: the three actions wait alike */
        public boolean allowed() {
            return verdict.allows();
        }
    }
}
