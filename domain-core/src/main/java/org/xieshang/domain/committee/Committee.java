package org.xieshang.domain.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.NotFoundException;

/**
 * A consultative committee (政协委员会) at one administrative level, with its terms (届). Aggregate root;
 * immutable and thread-safe: every change returns a new instance with the same version, which storage
 * raises on save.
 *
 * <p>Invariants: terms are numbered consecutively and no term's dates overlap the previous term's; a
 * parent committee sits at a higher level.
 */
public final class Committee {

    /** Longest committee name, such as 中国人民政治协商会议青川市委员会. */
    public static final int NAME_MAX = 100;
    /** Longest region name. */
    public static final int REGION_MAX = 100;

    private final CommitteeId id;
    private final String name;
    private final CommitteeLevel level;
    private final CommitteeId parentId;
    private final String region;
    private final List<Term> terms;
    private final long version;

    private Committee(CommitteeId id, String name, CommitteeLevel level, CommitteeId parentId, String region,
                      List<Term> terms, long version) {
        this.id = Guard.required(id, "id");
        this.name = Guard.text(name, "name", NAME_MAX);
        this.level = Guard.required(level, "level");
        this.parentId = parentId;
        this.region = Guard.text(region, "region", REGION_MAX);
        List<Term> sorted = new ArrayList<>(Guard.required(terms, "terms"));
        sorted.sort(Comparator.comparingInt(Term::number));
        for (int i = 1; i < sorted.size(); i++) {
            checkFollows(sorted.get(i - 1), sorted.get(i));
        }
        this.terms = List.copyOf(sorted);
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * Establishes a new committee without terms.
     *
     * @param id     its identifier, not null
     * @param name   its name, not blank
     * @param level  its level, not null
     * @param parent the committee one level up, if it is registered here
     * @param region the administrative region it serves, not blank
     * @return the new committee at version 0, never null
     * @throws DomainException if a field is invalid or the parent is not at a higher level
     */
    public static Committee establish(CommitteeId id, String name, CommitteeLevel level, Optional<Committee> parent, String region) {
        Guard.required(level, "level");
        parent.ifPresent(p -> Guard.check(p.level.canBeParentOf(level), "committee.parent.level", "parentId", p.name));
        Guard.check(level != CommitteeLevel.NATIONAL || parent.isEmpty(), "committee.parent.level", "parentId", "");
        return new Committee(id, name, level, parent.map(Committee::id).orElse(null), region, List.of(), 0);
    }

    /**
     * Rebuilds a stored committee, checking every invariant again. For storage adapters.
     *
     * @param id       identifier, not null
     * @param name     name, not blank
     * @param level    level, not null
     * @param parentId parent's identifier, or null
     * @param region   region, not blank
     * @param terms    terms in any order, not null
     * @param version  the stored version, at least 0
     * @return the committee, never null
     * @throws DomainException if the stored data breaks an invariant
     */
    public static Committee restore(CommitteeId id, String name, CommitteeLevel level, CommitteeId parentId, String region,
                                    List<Term> terms, long version) {
        return new Committee(id, name, level, parentId, region, terms, version);
    }

    /**
     * @param newName   the new name, not blank
     * @param newRegion the new region, not blank
     * @return this committee renamed, never null
     */
    public Committee rename(String newName, String newRegion) {
        return new Committee(id, newName, level, parentId, newRegion, terms, version);
    }

    /**
     * Opens the next term (换届).
     *
     * @param number         the term's number: one more than the latest term's, any number from 1 for the first
     * @param startInclusive first day, after the latest term's last day
     * @param endInclusive   last day, after the first
     * @return this committee with the new term, never null
     * @throws DomainException if the number is not the next one or the dates overlap the previous term
     */
    public Committee openTerm(int number, LocalDate startInclusive, LocalDate endInclusive) {
        latestTerm().ifPresent(latest -> Guard.check(number == latest.number() + 1, "term.number.not-next", "number", number, latest.number() + 1));
        List<Term> next = new ArrayList<>(terms);
        next.add(Term.of(number, startInclusive, endInclusive));
        return withTerms(next);
    }

    /**
     * Corrects a term's dates; its sessions must still fall within it.
     *
     * @param number         the term's number
     * @param startInclusive new first day, not null
     * @param endInclusive   new last day, not null
     * @return this committee with the term's new dates, never null
     * @throws DomainException if the term is unknown, its sessions fall outside, or it overlaps a neighbour
     */
    public Committee rescheduleTerm(int number, LocalDate startInclusive, LocalDate endInclusive) {
        Term changed = requireTerm(number).withDates(startInclusive, endInclusive);
        return withTerms(replace(changed));
    }

    /**
     * Schedules the term's next plenary session (全体会议).
     *
     * @param termNumber     the term's number
     * @param startInclusive first day, within the term and after the previous session
     * @param endInclusive   last day, not before the first
     * @return this committee with the session added, never null
     * @throws DomainException if the term is unknown or the dates do not fit
     */
    public Committee schedulePlenarySession(int termNumber, LocalDate startInclusive, LocalDate endInclusive) {
        Term changed = requireTerm(termNumber).withNextSession(startInclusive, endInclusive);
        return withTerms(replace(changed));
    }

    /**
     * @param number a term number
     * @return the term, if the committee has it
     */
    public Optional<Term> term(int number) {
        return terms.stream().filter(t -> t.number() == number).findFirst();
    }

    /**
     * @param number a term number
     * @return the term, never null
     * @throws NotFoundException if the committee has no such term
     */
    public Term requireTerm(int number) {
        return term(number).orElseThrow(() -> new NotFoundException("term", "termNumber", number));
    }

    /**
     * @param day a day, not null
     * @return the term covering that day, if any
     */
    public Optional<Term> termOn(LocalDate day) {
        return terms.stream().filter(t -> t.covers(day)).findFirst();
    }

    /** @return the term with the highest number, if any */
    public Optional<Term> latestTerm() {
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1));
    }

    /** @return the identifier, never null */
    public CommitteeId id() {
        return id;
    }

    /** @return the name, never null */
    public String name() {
        return name;
    }

    /** @return the level, never null */
    public CommitteeLevel level() {
        return level;
    }

    /** @return the parent committee's identifier, if one is registered */
    public Optional<CommitteeId> parentId() {
        return Optional.ofNullable(parentId);
    }

    /** @return the administrative region served, never null */
    public String region() {
        return region;
    }

    /** @return the terms in number order, never null */
    public List<Term> terms() {
        return terms;
    }

    /** @return the stored version this instance derives from; 0 if never stored */
    public long version() {
        return version;
    }

    private Committee withTerms(List<Term> newTerms) {
        return new Committee(id, name, level, parentId, region, newTerms, version);
    }

    private List<Term> replace(Term changed) {
        List<Term> next = new ArrayList<>(terms);
        next.replaceAll(t -> t.number() == changed.number() ? changed : t);
        return next;
    }

    private static void checkFollows(Term previous, Term term) {
        Guard.check(term.number() == previous.number() + 1, "term.number.not-next", "number", term.number(), previous.number() + 1);
        Guard.check(term.startInclusive().isAfter(previous.endInclusive()), "term.overlaps-previous", "startDate",
                term.displayName(), previous.displayName(), previous.endInclusive());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Committee other && id.equals(other.id) && version == other.version
                && name.equals(other.name) && level == other.level && Objects.equals(parentId, other.parentId)
                && region.equals(other.region) && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Committee[" + id + ", " + name + ", v" + version + "]";
    }
}
