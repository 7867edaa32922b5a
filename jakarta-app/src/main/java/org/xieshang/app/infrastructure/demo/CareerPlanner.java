package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.xieshang.app.infrastructure.demo.Career.Standing;
import org.xieshang.app.infrastructure.demo.CommitteePlan.EndingPlan;
import org.xieshang.domain.member.DecisionKind;

/**
 * Decides the demo members' careers: about 14% standing members (every committee officer and party chair,
 * then others), about 40% continuing from the previous term (standing members more often), a few added
 * during the term, and the committee's planned endings given to suitable ordinary members.
 */
final class CareerPlanner {

    private static final double STANDING_SHARE = 0.14;
    private static final LocalDate LATEST_BIRTH_OF_CONTINUING = LocalDate.of(1987, 12, 31);
    private static final LocalDate LATEST_BIRTH_OF_STANDING = LocalDate.of(1985, 12, 31);

    private final CommitteePlan plan;
    private final Random random;

    CareerPlanner(CommitteePlan plan, Random random) {
        this.plan = plan;
        this.random = random;
    }

    /**
     * @param drafts the committee's members, in code order
     * @return their careers, in the same order
     */
    List<Career> plan(List<MemberDraft> drafts) {
        int n = drafts.size();
        Standing[] standing = standingRoles(drafts);
        boolean[] continuing = new boolean[n];
        boolean[] standingBefore = new boolean[n];
        boolean[] midTerm = new boolean[n];
        for (int i = 0; i < n; i++) {
            MemberDraft draft = drafts.get(i);
            int share = draft.role().isLeading() ? 80 : standing[i] != Standing.NONE ? 70 : 36;
            continuing[i] = !draft.profile().dateOfBirth().isAfter(LATEST_BIRTH_OF_CONTINUING) && random.nextInt(100) < share;
            standingBefore[i] = continuing[i] && standing[i] == Standing.FROM_FIRST_SESSION && random.nextBoolean();
            midTerm[i] = draft.role() == MemberRole.ORDINARY && standing[i] == Standing.NONE && !continuing[i] && random.nextInt(100) < 3;
        }
        List<Optional<EndingPlan>> endings = endings(drafts, standing, midTerm);
        List<Career> careers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            careers.add(new Career(continuing[i], standingBefore[i], standing[i], midTerm[i], endings.get(i)));
        }
        return careers;
    }

    private Standing[] standingRoles(List<MemberDraft> drafts) {
        Standing[] standing = new Standing[drafts.size()];
        List<Integer> ordinary = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < drafts.size(); i++) {
            MemberDraft draft = drafts.get(i);
            standing[i] = draft.role().isLeading() ? Standing.FROM_FIRST_SESSION : Standing.NONE;
            if (draft.role().isLeading()) {
                count++;
            } else if (!draft.profile().dateOfBirth().isAfter(LATEST_BIRTH_OF_STANDING)) {
                ordinary.add(i);
            }
        }
        Collections.shuffle(ordinary, random);
        long orderedToResign = plan.endings().stream().filter(e -> e.kind() == DecisionKind.STANDING_ORDERED_TO_RESIGN).count();
        int target = Math.max((int) Math.round(drafts.size() * STANDING_SHARE), count + 1 + (int) orderedToResign);
        for (int k = 0; k < ordinary.size() && count < target; k++, count++) {
            standing[ordinary.get(k)] = k == 0 ? Standing.ADDED_LATER : Standing.FROM_FIRST_SESSION;
        }
        return standing;
    }

    private List<Optional<EndingPlan>> endings(List<MemberDraft> drafts, Standing[] standing, boolean[] midTerm) {
        List<Optional<EndingPlan>> endings = new ArrayList<>(Collections.nCopies(drafts.size(), Optional.empty()));
        for (EndingPlan ending : plan.endings()) {
            boolean standingEnds = ending.kind() == DecisionKind.STANDING_ORDERED_TO_RESIGN;
            List<Integer> eligible = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                boolean fits = standingEnds ? standing[i] == Standing.FROM_FIRST_SESSION : standing[i] == Standing.NONE;
                if (fits && drafts.get(i).role() == MemberRole.ORDINARY && !midTerm[i] && endings.get(i).isEmpty()) {
                    eligible.add(i);
                }
            }
            if (eligible.isEmpty()) {
                throw new IllegalStateException("no demo member can take the ending " + ending.kind() + " in " + plan.name());
            }
            endings.set(eligible.get(random.nextInt(eligible.size())), Optional.of(ending));
        }
        return endings;
    }
}
