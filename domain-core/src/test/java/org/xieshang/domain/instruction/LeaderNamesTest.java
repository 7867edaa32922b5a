package org.xieshang.domain.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeaderNamesTest {

    @ParameterizedTest(name = "\"{0}\" names \"{1}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "市委书记 周明远 | 周明远 | true",
            "市委书记周明远 | 周明远 | true",
            "周明远 | ' 周明远 ' | true",
            "' 市长 李某 ' | 李某 | true",
            "市委书记 周明远 | 李某 | false",
            "市委书记 周明远 | 演示领导 | false",
            "周明远（市委书记） | 周明远 | false",
            "市委书记 周明远 | ' ' | false",
            "市委书记 周明远 | null | false"})
    void a_leader_is_named_by_the_name_after_the_post(String written, String person, boolean named) {
        assertThat(LeaderNames.names(written, person)).isEqualTo(named);
    }
}
