package org.xieshang.domain.sector;

import java.util.List;

/**
 * Ready-made sector lists a committee can start from and then edit (000: 优化界别设置).
 */
public enum SectorPreset {

    /** The usual list of a city or county committee. */
    STANDARD(List.of(
            "中国共产党", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟",
            "无党派人士", "共青团", "工会", "妇联", "青联", "工商联", "科协", "台联", "侨联",
            "文化艺术", "科学技术", "社会科学", "经济", "农业", "教育", "体育", "新闻出版",
            "医药卫生", "对外友好", "社会福利和社会保障", "少数民族", "宗教", "特邀人士"));

    private final List<String> sectorNames;

    SectorPreset(List<String> sectorNames) {
        this.sectorNames = sectorNames;
    }

    /** @return the sector names in their usual order, never null */
    public List<String> sectorNames() {
        return sectorNames;
    }
}
