package org.xieshang.domain.duty.discipline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainMessages;
import org.xieshang.domain.shared.Guard;

/**
 * What a discipline rule found about a member in a year, for staff to act on: open until decided. At most one
 * finding of a kind per member and year. Aggregate root; immutable and thread-safe.
 */
public final class Finding {

    private final FindingId id;
    private final CommitteeId committeeId;
    private final MemberId memberId;
    private final int termNumber;
    private final int year;
    private final FindingDraft found;
    private final Instant raisedAt;
    private final Optional<FindingDecision> decision;
    private final long version;

    private Finding(FindingId id, CommitteeId committeeId, MemberId memberId, int termNumber, int year, FindingDraft found, Instant raisedAt,
                    Optional<FindingDecision> decision, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.memberId = Guard.required(memberId, "memberId");
        this.termNumber = termNumber;
        this.year = year;
        this.found = Guard.required(found, "finding");
        this.raisedAt = Guard.required(raisedAt, "raisedAt");
        this.decision = Guard.required(decision, "decision");
        // A membership can only be ended on a finding that recommends it; any finding may end with a lighter outcome.
        decision.ifPresent(d -> Guard.check(d.outcome().membershipDecision().isEmpty() || found.kind().recommendedDecision().isPresent(),
                "finding.decision.outcome-unrelated", "outcome"));
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param committeeId the committee, not null
     * @param memberId    the member, not null
     * @param termNumber  the term
     * @param year        the year
     * @param found       what was found, not null
     * @param raisedAt    when, not null
     * @return an open finding at version 0, never null
     */
    public static Finding raise(CommitteeId committeeId, MemberId memberId, int termNumber, int year, FindingDraft found, Instant raisedAt) {
        return new Finding(FindingId.generate(), committeeId, memberId, termNumber, year, found, raisedAt, Optional.empty(), 0);
    }

    /**
     * Rebuilds a stored finding. For storage adapters.
     *
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param memberId    member, not null
     * @param termNumber  term
     * @param year        year
     * @param found       what was found, not null
     * @param raisedAt    when, not null
     * @param decision    the decision, if decided
     * @param version     stored version
     * @return the finding, never null
     */
    public static Finding restore(FindingId id, CommitteeId committeeId, MemberId memberId, int termNumber, int year, FindingDraft found,
                                  Instant raisedAt, Optional<FindingDecision> decision, long version) {
        return new Finding(id, committeeId, memberId, termNumber, year, found, raisedAt, decision, version);
    }

    /**
     * @param decided the decision, not null
     * @return this finding, decided; never null
     * @throws org.xieshang.domain.shared.DomainException {@code finding.already-decided}
     */
    public Finding decide(FindingDecision decided) {
        Guard.check(decision.isEmpty(), "finding.already-decided", "outcome");
        return new Finding(id, committeeId, memberId, termNumber, year, found, raisedAt, Optional.of(Guard.required(decided, "decision")), version);
    }

    /**
     * @param locale the reader's locale, not null
     * @return what was found, in words, never null
     */
    public String explanation(Locale locale) {
        return DomainMessages.format(found.explanation(), locale, found.arguments().toArray());
    }

    /** @return the identifier, never null */
    public FindingId id() {
        return id;
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the member, never null */
    public MemberId memberId() {
        return memberId;
    }

    /** @return the term's number */
    public int termNumber() {
        return termNumber;
    }

    /** @return the year */
    public int year() {
        return year;
    }

    /** @return what kind of finding, never null */
    public FindingKind kind() {
        return found.kind();
    }

    /** @return what the rule found, never null */
    public FindingDraft found() {
        return found;
    }

    /** @return the records it rests on, never null */
    public List<SourceRef> evidence() {
        return found.evidence();
    }

    /** @return when it was raised, never null */
    public Instant raisedAt() {
        return raisedAt;
    }

    /** @return the decision, once decided */
    public Optional<FindingDecision> decision() {
        return decision;
    }

    /** @return whether it awaits a decision */
    public boolean isOpen() {
        return decision.isEmpty();
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding other && id.equals(other.id) && version == other.version && found.equals(other.found)
                && decision.equals(other.decision) && memberId.equals(other.memberId) && year == other.year;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Finding[" + found.kind() + ", " + year + ", " + (isOpen() ? "open" : decision.get().outcome()) + "]";
    }
}
