package org.xieshang.app.infrastructure.demo;

import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.sector.Sector;

/**
 * A generated demo member before any membership decision: code, sector, personal details and role.
 *
 * @param code    the member code, such as CH09-001
 * @param sector  the sector in the current term
 * @param profile the personal details
 * @param role    the role
 */
record MemberDraft(MemberCode code, Sector sector, MemberProfile profile, MemberRole role) {
}
