package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.consultation.ConsultationService;
import org.xieshang.app.application.consultation.ConsultationActivityService;
import org.xieshang.app.application.consultation.PublicCallService;
import org.xieshang.app.application.consultation.PublicCallService.Adoption;
import org.xieshang.app.interfaces.export.MeetingCalendar;
import org.xieshang.app.interfaces.rest.ConsultationJson.AdoptionRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.AmendmentRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.ApprovalRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.CallRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.ChangeRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.DeclineRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.PlanView;
import org.xieshang.app.interfaces.rest.ConsultationJson.ScreeningRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.SubmissionView;
import org.xieshang.app.interfaces.rest.ConsultationJson.TopicRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.WithdrawalRequest;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.ReceiptNumber;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.consultation.TopicSource;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * A committee's annual consultation plan: drafting, topics, screening, submission, the Party committee's approval,
 * publication and amendments; its call to society for topics and what came of the submissions; its meetings as a calendar.
 */
@Path("committees/{committeeId}/consultation-plans/{year}")
@RequestScoped
@Tag(name = "Consultation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeConsultationPlanResource {

    @Inject
    ConsultationService plans;

    @Inject
    PublicCallService calls;

    @Inject
    ConsultationActivityService activities;

    @Inject
    Clock clock;

    @Requires(value = CONSULTATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public Response plan(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return view(plans.plan(committee(committeeId), year));
    }

    /** Starts the year's plan as an empty draft. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response draft(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return view(plans.draft(committee(committeeId), year));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("topics")
    public Response addTopic(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                             @Valid TopicRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(plans.putTopic(committee(committeeId), year, expected, topic(TopicId.generate(), Http.body(request))));
    }

    /** Changes a topic of the draft; screening starts again. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @PUT
    @Path("topics/{topicId}")
    public Response changeTopic(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @PathParam("topicId") String topicId,
                                @HeaderParam("If-Match") String ifMatch, @Valid TopicRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        TopicId id = Http.pathId(topicId, TopicId::parse, "topic");
        return view(plans.putTopic(committee(committeeId), year, expected, topic(id, Http.body(request))));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @DELETE
    @Path("topics/{topicId}")
    public Response removeTopic(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @PathParam("topicId") String topicId,
                                @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return view(plans.removeTopic(committee(committeeId), year, expected, Http.pathId(topicId, TopicId::parse, "topic")));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("screenings")
    public Response screen(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                           @Valid ScreeningRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ScreeningRequest r = Http.body(request);
        return view(plans.screen(committee(committeeId), year, expected, Http.bodyId(r.topicId, TopicId::new, "topicId"), r.category, r.reason));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("submission")
    public Response submit(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return view(plans.submit(committee(committeeId), year, expected));
    }

    /** Records the Party committee's approval (审定); refused while a topic is unscreened or not consultable. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("approval")
    public Response approve(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                            @Valid ApprovalRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ApprovalRequest r = Http.body(request);
        return view(plans.approve(committee(committeeId), year, expected, new PlanChange(r.approvedBy, r.approvedOn, r.document)));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("publication")
    public Response publish(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return view(plans.publish(committee(committeeId), year, expected));
    }

    /** The Party committee sends the submitted plan back for redrafting. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("return")
    public Response sendBack(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return view(plans.sendBack(committee(committeeId), year, expected));
    }

    /** Changes or adds a topic of the approved plan, recorded with who, when and why. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("amendments")
    public Response amend(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                          @Valid AmendmentRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        AmendmentRequest r = Http.body(request);
        TopicId id = r.topicId == null || r.topicId.isBlank() ? TopicId.generate() : Http.bodyId(r.topicId, TopicId::new, "topicId");
        return view(plans.amend(committee(committeeId), year, expected, topic(id, r), r.category, r.reason, change(r.change)));
    }

    /** Takes a topic out of the approved plan, recorded with who, when and why. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("withdrawals")
    public Response withdraw(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                             @Valid WithdrawalRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        WithdrawalRequest r = Http.body(request);
        return view(plans.withdraw(committee(committeeId), year, expected, Http.bodyId(r.topicId, TopicId::new, "topicId"), change(r.change)));
    }

    /** Opens or changes the call to society for topics (面向社会征集议题) while the plan is drawn up. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @PUT
    @Path("public-call")
    public Response openCall(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                             @Valid CallRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        CallRequest r = Http.body(request);
        return view(plans.openCall(committee(committeeId), year, expected, r.notice, r.opensOn, r.closesOn));
    }

    /** The topics the public submitted, oldest first, with the submitters' names and contacts where given. */
    @Requires(value = CONSULTATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("public-submissions")
    public List<SubmissionView> submissions(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        CommitteeId committee = committee(committeeId);
        boolean withContact = calls.mayAnswer(committee);
        return calls.submissions(committee, year).stream().map(s -> SubmissionView.of(s, withContact)).toList();
    }

    /** Makes a submission a topic of the draft plan, planned as the body says; If-Match names the plan's version. The submitter reads the reply. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("public-submissions/{receipt}/adoption")
    public Response adopt(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @PathParam("receipt") String receipt,
                          @HeaderParam("If-Match") String ifMatch, @Valid AdoptionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        AdoptionRequest r = Http.body(request);
        PublicSubmission adopted = calls.adopt(committee(committeeId), year, Http.pathId(receipt, ReceiptNumber::new, "submission"), expected,
                new Adoption(r.plannedQuarter, Optional.ofNullable(r.plannedMonth), Http.enumValue(ConsultationForm.class, r.form, "form"),
                        Http.optionalId(r.leadSpecialCommitteeId, "leadSpecialCommitteeId").map(SpecialCommitteeId::new),
                        Optional.ofNullable(r.counterpartDepartment).filter(d -> !d.isBlank()), r.reply));
        return Http.ok(SubmissionView.of(adopted, true), adopted.version());
    }

    /** Declines a submission with the reason its submitter reads; If-Match names the submission's version. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("public-submissions/{receipt}/decline")
    public Response decline(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @PathParam("receipt") String receipt,
                            @HeaderParam("If-Match") String ifMatch, @Valid DeclineRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        PublicSubmission declined = calls.decline(committee(committeeId), year, Http.pathId(receipt, ReceiptNumber::new, "submission"), expected,
                Http.body(request).reason);
        return Http.ok(SubmissionView.of(declined, true), declined.version());
    }

    /** The plan's consultation meetings as an iCalendar file, for members' calendars. */
    @Requires(value = CONSULTATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("meetings.ics")
    @Produces("text/calendar")
    public Response meetings(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        List<MeetingCalendar.Meeting> meetings = activities.meetings(committee(committeeId), year).stream().map(m -> new MeetingCalendar.Meeting(
                m.meeting().id().toString(), m.activity().title(), m.meeting().details().organiser(), m.meeting().details().place(),
                m.meeting().details().startsAt(), m.meeting().details().endsAt())).toList();
        String text = MeetingCalendar.write(calls.committeeName(committee(committeeId)) + " " + year + " 年度协商计划", meetings, clock.getZone(),
                clock.instant());
        return Response.ok(text, MeetingCalendar.MEDIA_TYPE)
                .header("Content-Disposition", ContentDispositions.attachment("consultation-" + year + ".ics")).build();
    }

    private static Topic topic(TopicId id, TopicRequest r) {
        return new Topic(id, r.title, r.description, Http.enumValue(TopicSource.class, r.source, "source"),
                Http.enumValue(ContentArea.class, r.area, "area"),
                Http.optionalId(r.leadSpecialCommitteeId, "leadSpecialCommitteeId").map(SpecialCommitteeId::new),
                Optional.ofNullable(r.counterpartDepartment).filter(d -> !d.isBlank()), r.plannedQuarter, Optional.ofNullable(r.plannedMonth),
                Http.enumValue(ConsultationForm.class, r.form, "form"), Optional.empty());
    }

    private static PlanChange change(ChangeRequest r) {
        return new PlanChange(r.by, r.on, r.reason);
    }

    private static CommitteeId committee(String id) {
        return Http.pathId(id, CommitteeId::parse, "committee");
    }

    private static Response view(ConsultationPlan plan) {
        return Http.ok(PlanView.of(plan), plan.version());
    }
}
