package org.xieshang.domain.workstation;

/** The kind of grassroots place a workstation serves. */
public enum PlaceKind {
    /** 乡镇. */
    TOWNSHIP,
    /** 街道. */
    STREET
}
