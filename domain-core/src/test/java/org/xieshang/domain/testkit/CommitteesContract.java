package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/** What every {@link org.xieshang.domain.committee.Committees} adapter must do. */
public abstract class CommitteesContract extends StorageContract {

    @Test
    void a_saved_committee_is_found_as_it_was_with_terms_and_sessions_at_version_1() {
        Committee committee = Fixtures.cityCommittee().schedulePlenarySession(13, LocalDate.of(2023, 1, 5), LocalDate.of(2023, 1, 8));

        Committee saved = storage().committees().save(committee);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(storage().committees().find(committee.id())).contains(saved);
        assertThat(saved.requireTerm(13).sessions()).hasSize(2);
    }

    @Test
    void each_save_raises_the_version_and_a_stale_copy_is_refused() {
        Committee first = storedCommittee();
        Committee second = storage().committees().save(first.openTerm(14, LocalDate.of(2027, 1, 10), LocalDate.of(2032, 1, 9)));

        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> storage().committees().save(first.rename("改名", "青川市")))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage().committees().require(first.id())).isEqualTo(second);
    }

    @Test
    void a_new_committee_with_a_taken_identifier_is_refused() {
        Committee stored = storedCommittee();
        Committee impostor = Committee.restore(stored.id(), "另一个", CommitteeLevel.CITY, null, "别处", stored.terms(), 0);

        assertThatThrownBy(() -> storage().committees().save(impostor)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage().committees().require(stored.id()).name()).isEqualTo(stored.name());
    }

    @Test
    void children_are_listed_under_their_parent_in_pinyin_order() {
        Committee city = storedCommittee();
        Committee west = storage().committees().save(
                Committee.establish(CommitteeId.generate(), "政协溪口县委员会", CommitteeLevel.COUNTY, Optional.of(city), "溪口县"));
        Committee east = storage().committees().save(
                Committee.establish(CommitteeId.generate(), "政协东山县委员会", CommitteeLevel.COUNTY, Optional.of(city), "东山县"));

        assertThat(storage().committees().childrenOf(city.id())).containsExactly(east, west);
        assertThat(storage().committees().all()).contains(city, east, west);
        assertThat(storage().committees().all().indexOf(city)).isLessThan(storage().committees().all().indexOf(east));
        assertThat(storage().committees().find(CommitteeId.generate())).isEmpty();
    }
}
