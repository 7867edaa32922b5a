package org.xieshang.domain.workstation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member workstation (委员工作站) at a township or street, with the members posted there. Its head is
 * usually the township's deputy Party secretary (001), not necessarily a member, so the head is kept as
 * a name and post. Aggregate root; immutable and thread-safe.
 *
 * <p>Invariant: each member is posted at most once to a workstation.
 */
public final class Workstation {

    /** Longest name, place, head name or head post. */
    public static final int TEXT_MAX = 100;

    private final WorkstationId id;
    private final CommitteeId committeeId;
    private final String name;
    private final String place;
    private final PlaceKind placeKind;
    private final String headName;
    private final String headPost;
    private final List<Posting> postings;
    private final long version;

    private Workstation(WorkstationId id, CommitteeId committeeId, String name, String place, PlaceKind placeKind, String headName,
                        String headPost, List<Posting> postings, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.name = Guard.text(name, "name", TEXT_MAX);
        this.place = Guard.text(place, "place", TEXT_MAX);
        this.placeKind = Guard.required(placeKind, "placeKind");
        this.headName = Guard.optionalText(headName, "headName", TEXT_MAX);
        this.headPost = Guard.optionalText(headPost, "headPost", TEXT_MAX);
        this.postings = List.copyOf(Guard.required(postings, "postings"));
        Guard.check(this.postings.stream().map(Posting::memberId).distinct().count() == this.postings.size(),
                "workstation.member.already-posted", "memberId");
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param name        name, such as 青石镇委员工作站, not blank
     * @param place       the township or street, not blank
     * @param placeKind   township or street, not null
     * @param headName    the head's name, or null
     * @param headPost    the head's post, such as 镇党委副书记, or null
     * @return the new workstation without postings, at version 0; never null
     */
    public static Workstation open(WorkstationId id, CommitteeId committeeId, String name, String place, PlaceKind placeKind,
                                   String headName, String headPost) {
        return new Workstation(id, committeeId, name, place, placeKind, headName, headPost, List.of(), 0);
    }

    /**
     * Rebuilds a stored workstation. For storage adapters.
     *
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param name        name, not blank
     * @param place       place, not blank
     * @param placeKind   place kind, not null
     * @param headName    head's name, or null
     * @param headPost    head's post, or null
     * @param postings    postings, each member once; not null
     * @param version     stored version
     * @return the workstation, never null
     */
    public static Workstation restore(WorkstationId id, CommitteeId committeeId, String name, String place, PlaceKind placeKind,
                                      String headName, String headPost, List<Posting> postings, long version) {
        return new Workstation(id, committeeId, name, place, placeKind, headName, headPost, postings, version);
    }

    /**
     * @param newName      name, not blank
     * @param newPlace     place, not blank
     * @param newPlaceKind place kind, not null
     * @param newHeadName  head's name, or null
     * @param newHeadPost  head's post, or null
     * @return this workstation revised, never null
     */
    public Workstation revise(String newName, String newPlace, PlaceKind newPlaceKind, String newHeadName, String newHeadPost) {
        return new Workstation(id, committeeId, newName, newPlace, newPlaceKind, newHeadName, newHeadPost, postings, version);
    }

    /**
     * Posts a member to the workstation (委员下沉).
     *
     * @param posting the posting, of a member of the same committee not yet posted here; not null
     * @return this workstation with the posting, never null
     */
    public Workstation post(Posting posting) {
        List<Posting> next = new ArrayList<>(postings);
        next.add(Guard.required(posting, "posting"));
        return new Workstation(id, committeeId, name, place, placeKind, headName, headPost, next, version);
    }

    /**
     * @param memberId a member posted here, not null
     * @return this workstation without that member's posting, never null
     */
    public Workstation withdraw(MemberId memberId) {
        List<Posting> next = new ArrayList<>(postings);
        Guard.check(next.removeIf(p -> p.memberId().equals(memberId)), "workstation.member.not-posted", "memberId");
        return new Workstation(id, committeeId, name, place, placeKind, headName, headPost, next, version);
    }

    /** @return the identifier, never null */
    public WorkstationId id() {
        return id;
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the name, never null */
    public String name() {
        return name;
    }

    /** @return the township or street, never null */
    public String place() {
        return place;
    }

    /** @return the place kind, never null */
    public PlaceKind placeKind() {
        return placeKind;
    }

    /** @return the head's name, if recorded */
    public Optional<String> headName() {
        return Optional.ofNullable(headName);
    }

    /** @return the head's post, if recorded */
    public Optional<String> headPost() {
        return Optional.ofNullable(headPost);
    }

    /** @return the postings in the order they were made, never null */
    public List<Posting> postings() {
        return postings;
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Workstation other && id.equals(other.id) && version == other.version && committeeId.equals(other.committeeId)
                && name.equals(other.name) && place.equals(other.place) && placeKind == other.placeKind
                && Objects.equals(headName, other.headName) && Objects.equals(headPost, other.headPost) && postings.equals(other.postings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Workstation[" + name + ", " + postings.size() + " postings, v" + version + "]";
    }
}
