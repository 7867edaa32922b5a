package org.xieshang.domain.member;

import java.util.Comparator;
import org.xieshang.domain.shared.NameCollation;

/** Orders of a member listing. Ties are broken by code, then identifier, so that paging is stable. */
public enum MemberSort {
    /** By name in pinyin order (阿明, 白雪, 陈静 …). */
    NAME,
    /** By member code. */
    CODE;

    /**
     * @param ascending the direction
     * @return the order as a comparator, for in-memory storage; never null
     */
    public Comparator<Member> comparator(boolean ascending) {
        Comparator<Member> primary = switch (this) {
            case NAME -> Comparator.comparing((Member m) -> m.profile().name(), NameCollation.pinyinOrder());
            case CODE -> Comparator.comparing((Member m) -> m.code().value());
        };
        Comparator<Member> tieBreak = Comparator.comparing((Member m) -> m.code().value()).thenComparing(m -> m.id().value());
        return (ascending ? primary : primary.reversed()).thenComparing(tieBreak);
    }
}
