package org.xieshang.domain.committee;

/** The administrative level a committee works at; each level's committees sit under the level above. */
public enum CommitteeLevel {
    /** 全国政协. */
    NATIONAL,
    /** 省级政协 (provinces, autonomous regions, municipalities). */
    PROVINCIAL,
    /** 市级政协 (prefecture-level cities). */
    CITY,
    /** 县级政协 (counties, county-level cities, districts). */
    COUNTY;

    /**
     * @param child the level of a would-be subordinate committee, not null
     * @return whether a committee at this level can be the parent of one at {@code child}
     */
    public boolean canBeParentOf(CommitteeLevel child) {
        return child.ordinal() > ordinal();
    }
}
