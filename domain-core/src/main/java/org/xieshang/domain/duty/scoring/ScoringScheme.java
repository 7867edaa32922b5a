package org.xieshang.domain.duty.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.shared.Guard;

/**
 * One revision of a committee's scoring scheme for a year (履职考核计分办法): the catalogue of items, the base and
 * maximum, the pass mark and the grade bands. Revisions are never changed: a change makes the next revision,
 * and scores computed under the previous one stay on record. Immutable and thread-safe.
 *
 * <p>A year's score is the base plus every item's points, kept between zero and the maximum.
 */
public final class ScoringScheme {

    private final CommitteeId committeeId;
    private final int year;
    private final int revision;
    private final List<ScoringItem> items;
    private final SchemeDraft draft;
    private final String changedBy;
    private final Instant changedAt;

    private ScoringScheme(CommitteeId committeeId, int year, int revision, SchemeDraft draft, ScoringRuleTypes types, String changedBy,
                          Instant changedAt) {
        this.committeeId = Guard.required(committeeId, "committeeId");
        Guard.check(year >= 1949 && year <= 9999, "scoring.year.invalid", "year", year);
        this.year = year;
        Guard.check(revision >= 1, "scoring.revision.invalid", "revision");
        this.revision = revision;
        this.draft = Guard.required(draft, "scheme");
        Guard.required(types, "types");
        Guard.check(!draft.items().isEmpty(), "scoring.items.empty", "items");
        Set<String> codes = new HashSet<>();
        List<ScoringItem> built = new ArrayList<>();
        for (SchemeDraft.Item item : draft.items()) {
            Guard.check(codes.add(item.code().strip()), "scoring.item.code.duplicate", "items", item.code());
            built.add(new ScoringItem(item.code(), item.label(), types.create(item.rule())));
        }
        this.items = List.copyOf(built);
        Guard.check(!draft.base().isNegative(), "scoring.base.negative", "base");
        draft.maximum().ifPresent(max -> {
            Guard.check(!max.isNegative(), "scoring.cap.negative", "maximum", max);
            Guard.check(draft.passMark().compareTo(max) <= 0, "scoring.pass-mark.above-maximum", "passMark");
        });
        Guard.check(!draft.passMark().isNegative(), "scoring.pass-mark.negative", "passMark");
        Guard.check(!draft.bands().isEmpty(), "scoring.bands.empty", "bands");
        Set<String> grades = new HashSet<>();
        for (int i = 0; i < draft.bands().size(); i++) {
            GradeBand band = draft.bands().get(i);
            Guard.check(grades.add(band.grade()), "scoring.bands.duplicate", "bands", band.grade());
            Guard.check(i == 0 || band.minimum().compareTo(draft.bands().get(i - 1).minimum()) < 0, "scoring.bands.order", "bands");
        }
        Guard.check(revision == 1 || draft.reason().isPresent(), "scoring.reason.required", "reason");
        this.changedBy = Guard.text(changedBy, "changedBy", 100);
        this.changedAt = Guard.required(changedAt, "changedAt");
    }

    /**
     * The first revision of a year's scheme.
     *
     * @param committeeId the committee, not null
     * @param year        the year
     * @param draft       the scheme, not null
     * @param types       the rule types the items use, not null
     * @param changedBy   who set it, not blank
     * @param changedAt   when, not null
     * @return revision 1, never null
     * @throws org.xieshang.domain.shared.DomainException for an invalid scheme: no items, a duplicate code, a negative
     *                                                   cap or base, pass mark above the maximum, bands out of order
     */
    public static ScoringScheme first(CommitteeId committeeId, int year, SchemeDraft draft, ScoringRuleTypes types, String changedBy,
                                      Instant changedAt) {
        return new ScoringScheme(committeeId, year, 1, draft, types, changedBy, changedAt);
    }

    /**
     * Rebuilds a stored revision. For storage adapters.
     *
     * @param committeeId the committee, not null
     * @param year        the year
     * @param revision    the revision, from 1
     * @param draft       the scheme, not null
     * @param types       the rule types, not null
     * @param changedBy   who set it, not blank
     * @param changedAt   when, not null
     * @return the revision, never null
     */
    public static ScoringScheme restore(CommitteeId committeeId, int year, int revision, SchemeDraft draft, ScoringRuleTypes types,
                                        String changedBy, Instant changedAt) {
        return new ScoringScheme(committeeId, year, revision, draft, types, changedBy, changedAt);
    }

    /**
     * @param changed   the changed scheme, with a reason; not null
     * @param types     the rule types, not null
     * @param changedBy who changed it, not blank
     * @param changedAt when, not null
     * @return the next revision, never null
     */
    public ScoringScheme revise(SchemeDraft changed, ScoringRuleTypes types, String changedBy, Instant changedAt) {
        return new ScoringScheme(committeeId, year, revision + 1, changed, types, changedBy, changedAt);
    }

    /**
     * @param file the member's duty file for this scheme's year, not null
     * @return the score, never null
     */
    public AnnualScore score(DutyFile file) {
        int sum = draft.base().tenths();
        for (ScoringItem item : items) {
            sum += item.rule().total(file).tenths();
        }
        return result(file, sum);
    }

    /**
     * @param file the member's duty file for this scheme's year, not null
     * @return the score with every line that makes it up, never null
     */
    public ScoreTrace explain(DutyFile file) {
        List<ScoreLine> lines = new ArrayList<>();
        if (draft.base().tenths() != 0) {
            lines.add(new ScoreLine("base", "基础分", "", Optional.empty(), draft.base(), "score.note.base"));
        }
        int[] sum = {draft.base().tenths()};
        for (ScoringItem item : items) {
            String rule = item.rule().definition().type() + " " + item.rule().definition().parameters();
            item.rule().explain(file, award -> {
                sum[0] += award.points().tenths();
                lines.add(new ScoreLine(item.code(), item.label(), rule, award.event(), award.points(), award.note()));
            });
        }
        int bounded = bounded(sum[0]);
        if (bounded != sum[0]) {
            lines.add(new ScoreLine("maximum", "上下限", "", Optional.empty(), new Points(bounded - sum[0]),
                    bounded == 0 ? "score.note.floor" : "score.note.maximum"));
        }
        return new ScoreTrace(result(file, sum[0]), lines);
    }

    private AnnualScore result(DutyFile file, int sum) {
        Points total = new Points(bounded(sum));
        return new AnnualScore(file.memberId(), year, revision, total, grade(total), total.compareTo(draft.passMark()) >= 0);
    }

    private int bounded(int sum) {
        int max = draft.maximum().map(Points::tenths).orElse(Integer.MAX_VALUE);
        return Math.max(0, Math.min(max, sum));
    }

    /**
     * @param total a score, not null
     * @return its grade: the highest band it reaches, or the lowest band, never null
     */
    public String grade(Points total) {
        for (GradeBand band : draft.bands()) {
            if (total.compareTo(band.minimum()) >= 0) {
                return band.grade();
            }
        }
        return draft.bands().get(draft.bands().size() - 1).grade();
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the year */
    public int year() {
        return year;
    }

    /** @return the revision, from 1 */
    public int revision() {
        return revision;
    }

    /** @return the catalogue with its rules, never null */
    public List<ScoringItem> items() {
        return items;
    }

    /** @return the scheme as data, for editing and storage; never null */
    public SchemeDraft draft() {
        return draft;
    }

    /** @return the pass mark, never null */
    public Points passMark() {
        return draft.passMark();
    }

    /** @return who set this revision, never null */
    public String changedBy() {
        return changedBy;
    }

    /** @return when, never null */
    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoringScheme other && committeeId.equals(other.committeeId) && year == other.year && revision == other.revision
                && draft.equals(other.draft) && changedBy.equals(other.changedBy) && changedAt.equals(other.changedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(committeeId, year, revision);
    }

    @Override
    public String toString() {
        return "ScoringScheme[" + year + " r" + revision + ", " + items.size() + " items]";
    }
}
