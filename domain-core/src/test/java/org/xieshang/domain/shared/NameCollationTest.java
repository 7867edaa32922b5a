package org.xieshang.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameCollationTest {

    /** Fictional names, one per initial, already in pinyin order. */
    private static final List<String> IN_PINYIN_ORDER = List.of(
            "阿明", "白雪", "陈静", "邓超", "范冰", "高峰", "黄磊", "金鑫", "李娜", "马骏",
            "欧阳修远", "潘越", "孙丽", "田野", "王芳", "徐静", "杨洋", "张伟", "赵敏", "周杰");

    @Test
    void names_are_ordered_by_pinyin_not_by_code_point() {
        List<String> shuffled = shuffled(IN_PINYIN_ORDER);

        shuffled.sort(NameCollation.pinyinOrder());

        assertThat(shuffled).containsExactlyElementsOf(IN_PINYIN_ORDER);
        // the plain String order would be wrong: 张 (U+5F20) sorts before 王 (U+738B)
        assertThat("张伟").isLessThan("王芳");
    }

    @Test
    void a_name_sorts_after_its_own_prefix() {
        assertThat(NameCollation.pinyinOrder().compare("张", "张伟")).isNegative();
        assertThat(NameCollation.pinyinOrder().compare("张伟", "张伟")).isZero();
    }

    @Test
    void sorting_by_sort_key_gives_the_same_order_as_the_comparator() {
        List<String> names = new ArrayList<>(IN_PINYIN_ORDER);
        names.addAll(List.of("张", "张伟伟", "Anna", "anna", "王 芳", "李娜2", "欧阳", "阿"));
        List<String> byComparator = shuffled(names);
        List<String> byKey = shuffled(names);

        byComparator.sort(NameCollation.pinyinOrder());
        byKey.sort(Comparator.comparing(NameCollation::sortKey));

        assertThat(byKey).containsExactlyElementsOf(byComparator);
    }

    @Test
    void sort_keys_are_plain_lower_case_hexadecimal() {
        assertThat(NameCollation.sortKey("张伟")).matches("[0-9a-f]+").isEqualTo(NameCollation.sortKey("张伟"));
        assertThat(NameCollation.sortKey("张伟")).isNotEqualTo(NameCollation.sortKey("张炜"));
    }

    private static List<String> shuffled(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        Collections.shuffle(copy, new Random(13));
        return copy;
    }
}
