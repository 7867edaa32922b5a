package org.xieshang.domain.proposal;

/**
 * Port: what a proposal turned into a social-condition report (转社情民意信息) becomes on the report's side. The
 * proposal office calls it with the converted proposal before saving it, in the same transaction, so that a refusal
 * here refuses the conversion and nothing is written. {@code org.xieshang.domain.socialreport.ReportEditorial} is the
 * library's implementation; the proposal package does not depend on it.
 */
@FunctionalInterface
public interface ProposalConversions {

    /**
     * @param converted the proposal as converted, not yet saved; not null
     * @param act       who converted it and when, not null
     * @throws org.xieshang.domain.shared.DomainException if the proposal cannot become a report
     */
    void converted(Proposal converted, Act act);

    /** @return conversions that create nothing, for embedders without social-condition reports; never null */
    static ProposalConversions none() {
        return (converted, act) -> {
        };
    }
}
