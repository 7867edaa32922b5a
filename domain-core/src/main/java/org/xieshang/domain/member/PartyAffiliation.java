package org.xieshang.domain.member;

/** A member's political affiliation (政治面貌): the Communist Party, one of the eight democratic parties, none. */
public enum PartyAffiliation {
    /** 中国共产党. */
    CPC("中共"),
    /** 中国国民党革命委员会. */
    RCCK("民革"),
    /** 中国民主同盟. */
    CDL("民盟"),
    /** 中国民主建国会. */
    CNDCA("民建"),
    /** 中国民主促进会. */
    CAPD("民进"),
    /** 中国农工民主党. */
    CPWDP("农工党"),
    /** 中国致公党. */
    CZGP("致公党"),
    /** 九三学社. */
    JIUSAN("九三学社"),
    /** 台湾民主自治同盟. */
    TDSGL("台盟"),
    /** 无党派人士: public figures without party membership, a recognised group of their own. */
    NON_PARTY("无党派人士"),
    /** 群众: no party. */
    MASSES("群众");

    private final String chineseName;

    PartyAffiliation(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the usual short Chinese name, such as 民盟, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return whether this is one of the eight democratic parties (民主党派) */
    public boolean isDemocraticParty() {
        return switch (this) {
            case RCCK, CDL, CNDCA, CAPD, CPWDP, CZGP, JIUSAN, TDSGL -> true;
            case CPC, NON_PARTY, MASSES -> false;
        };
    }
}
