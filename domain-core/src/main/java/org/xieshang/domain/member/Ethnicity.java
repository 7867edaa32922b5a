package org.xieshang.domain.member;

/**
 * The 56 ethnic groups of China in the order and with the codes of GB/T 3304 (汉族 = 01 … 基诺族 = 56).
 */
public enum Ethnicity {
    HAN("汉族"),
    MONGOL("蒙古族"),
    HUI("回族"),
    ZANG("藏族"),
    UYGUR("维吾尔族"),
    MIAO("苗族"),
    YI("彝族"),
    ZHUANG("壮族"),
    BUYEI("布依族"),
    CHOSEN("朝鲜族"),
    MAN("满族"),
    DONG("侗族"),
    YAO("瑶族"),
    BAI("白族"),
    TUJIA("土家族"),
    HANI("哈尼族"),
    KAZAK("哈萨克族"),
    DAI("傣族"),
    LI("黎族"),
    LISU("傈僳族"),
    VA("佤族"),
    SHE("畲族"),
    GAOSHAN("高山族"),
    LAHU("拉祜族"),
    SUI("水族"),
    DONGXIANG("东乡族"),
    NAXI("纳西族"),
    JINGPO("景颇族"),
    KIRGIZ("柯尔克孜族"),
    TU("土族"),
    DAUR("达斡尔族"),
    MULAO("仫佬族"),
    QIANG("羌族"),
    BLANG("布朗族"),
    SALAR("撒拉族"),
    MAONAN("毛南族"),
    GELAO("仡佬族"),
    XIBE("锡伯族"),
    ACHANG("阿昌族"),
    PUMI("普米族"),
    TAJIK("塔吉克族"),
    NU("怒族"),
    UZBEK("乌孜别克族"),
    RUSS("俄罗斯族"),
    EWENKI("鄂温克族"),
    DEANG("德昂族"),
    BONAN("保安族"),
    YUGUR("裕固族"),
    GIN("京族"),
    TATAR("塔塔尔族"),
    DERUNG("独龙族"),
    OROQEN("鄂伦春族"),
    HEZHEN("赫哲族"),
    MONBA("门巴族"),
    LHOBA("珞巴族"),
    JINO("基诺族");

    private final String chineseName;

    Ethnicity(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the standard Chinese name, such as 汉族, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the two-digit GB/T 3304 code, such as {@code 01}, never null */
    public String code() {
        return String.format("%02d", ordinal() + 1);
    }
}
