package org.xieshang.app.infrastructure.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.Sector;

/**
 * Generates and stores a committee's FICTIONAL demo members: sector by sector in display order, coded
 * CH09-001, CH09-002 …, each built completely in memory (profile and every decision) and then saved once.
 */
final class RosterGenerator {

    private final CommitteePlan plan;
    private final Committee committee;
    private final DemoCalendar calendar;

    RosterGenerator(CommitteePlan plan, Committee committee, DemoCalendar calendar) {
        this.plan = plan;
        this.committee = committee;
        this.calendar = calendar;
    }

    /**
     * @param sectors the committee's sectors in display order
     * @param members where to save the members
     * @return the stored members
     */
    Roster generate(List<Sector> sectors, Members members) {
        List<MemberDraft> drafts = drafts(sectors);
        List<Career> careers = new CareerPlanner(plan, DemoIds.random(plan.key(), "careers")).plan(drafts);
        MembershipHistory history = new MembershipHistory(plan, committee, calendar);
        List<Roster.Entry> entries = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            MemberDraft draft = drafts.get(i);
            Member registered = Member.register(DemoIds.member(plan.key(), draft.code().value()), committee.id(), draft.code(), draft.profile());
            Member stored = members.save(history.write(registered, draft.sector().id(), careers.get(i)));
            entries.add(new Roster.Entry(stored, draft.sector().name()));
        }
        return new Roster(committee.id(), plan.currentTerm().number(), entries);
    }

    private List<MemberDraft> drafts(List<Sector> sectors) {
        ProfileGenerator profiles = new ProfileGenerator(plan, DemoIds.random(plan.key(), "profiles"));
        Map<String, Integer> quota = SectorQuota.allocate(sectors.stream().map(Sector::name).toList(), plan.memberCount());
        List<MemberDraft> drafts = new ArrayList<>(plan.memberCount());
        for (Sector sector : sectors) {
            for (int i = 0; i < quota.get(sector.name()); i++) {
                int index = drafts.size() + 1;
                MemberCode code = MemberCode.of(plan.codePrefix() + "-" + String.format("%03d", index));
                MemberRole role = MemberRole.of(sector.name(), i);
                drafts.add(new MemberDraft(code, sector, profiles.next(sector.name(), role, index, code), role));
            }
        }
        return drafts;
    }
}
