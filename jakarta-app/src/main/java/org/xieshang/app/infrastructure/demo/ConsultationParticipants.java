package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.xieshang.app.infrastructure.demo.TopicPlan.ActivityPlan;
import org.xieshang.app.infrastructure.demo.TopicPlan.Guest;
import org.xieshang.domain.activity.AudienceKind;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.SectorId;

/**
 * Chooses who takes part in one committee's demo consultations: members drawn first from the sectors the topic
 * concerns (standing members for a standing committee meeting), and invented experts, department heads, residents
 * and stakeholders. Seeded, so every load makes the same choices. Not thread-safe.
 */
final class ConsultationParticipants {

    private final CommitteeId committeeId;
    private final int termNumber;
    private final List<Member> roster;
    private final Map<SectorId, String> sectorNames;
    private final Random random;
    private final NameGenerator names;

    /**
     * @param committeeId the committee
     * @param termNumber  its current term
     * @param roster      its members of that term, in code order
     * @param sectorNames its sectors' names
     */
    ConsultationParticipants(CommitteeId committeeId, int termNumber, List<Member> roster, Map<SectorId, String> sectorNames) {
        this.committeeId = committeeId;
        this.termNumber = termNumber;
        this.roster = List.copyOf(roster);
        this.sectorNames = Map.copyOf(sectorNames);
        this.random = DemoIds.random(committeeId.toString(), "consultation-participants");
        this.names = new NameGenerator(DemoIds.random(committeeId.toString(), "consultation-guests"));
    }

    /**
     * @param topic     the topic, with its activity
     * @param meetingOn the day of its meeting: members must be serving then
     * @return its members, then its guests
     */
    List<Participant> of(TopicPlan topic, LocalDate meetingOn) {
        ActivityPlan activity = topic.activity().orElseThrow();
        boolean standingOnly = topic.form().defaultAudience() == AudienceKind.STANDING_MEMBERS;
        List<Participant> participants = new ArrayList<>();
        members(activity.memberSectors(), activity.memberCount(), meetingOn, standingOnly).forEach(m -> participants.add(asParticipant(m)));
        for (Guest guest : activity.guests()) {
            Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            participants.add(new Participant(guest.kind(), committeeId, Optional.empty(), names.next(gender), guest.unit()));
        }
        return participants;
    }

    /**
     * @param sectors   the sector names to draw from
     * @param meetingOn the day of the meeting
     * @return one member of this committee serving that day, for joint work led by another committee
     */
    Optional<Participant> oneMember(List<String> sectors, LocalDate meetingOn) {
        return members(sectors, 1, meetingOn, false).stream().findFirst().map(this::asParticipant);
    }

    /**
     * @param sectorName a sector's name
     * @return that sector of the committee, if it has one
     */
    Optional<SectorId> sector(String sectorName) {
        return sectorNames.entrySet().stream().filter(e -> e.getValue().equals(sectorName)).map(Map.Entry::getKey).findFirst();
    }

    private List<Member> members(List<String> sectors, int count, LocalDate day, boolean standingOnly) {
        List<Member> preferred = new ArrayList<>();
        List<Member> others = new ArrayList<>();
        for (Member member : roster) {
            Optional<TermMembership> membership = member.membership(termNumber);
            if (membership.isEmpty() || !membership.get().status().isCurrent() || !membership.get().covers(day)
                    || standingOnly && !membership.get().wasStandingOn(day)) {
                continue;
            }
            (sectors.contains(sectorNames.get(membership.get().sectorId())) ? preferred : others).add(member);
        }
        Collections.shuffle(preferred, random);
        Collections.shuffle(others, random);
        preferred.addAll(others);
        return preferred.subList(0, Math.min(count, preferred.size()));
    }

    private Participant asParticipant(Member member) {
        String unit = member.profile().workUnit();
        return new Participant(ParticipantKind.MEMBER, committeeId, Optional.of(member.id()), member.profile().name(),
                unit.length() > 100 ? unit.substring(0, 100) : unit);
    }
}
