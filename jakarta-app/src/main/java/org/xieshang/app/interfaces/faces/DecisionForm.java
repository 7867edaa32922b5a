package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.member.DecisionDraft;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.sector.SectorId;

/**
 * The record-a-decision form, also the appointment part of the new-member form; property names are the
 * domain's field names.
 */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private DecisionKind kind;
    private Integer termNumber;
    private String sectorId;
    private String decidedBy = "主席会议";
    private LocalDate decidedOn;
    private LocalDate effectiveOn;
    private String grounds;
    private String documentNumber;

    /** @return a form for the appointment that comes with a registration, decided by the standing committee */
    static DecisionForm appointment() {
        DecisionForm form = new DecisionForm();
        form.kind = DecisionKind.APPOINTMENT;
        form.decidedBy = "常务委员会会议";
        return form;
    }

    /** @return the draft; the effective day defaults to the day of the decision */
    DecisionDraft toDraft() {
        return new DecisionDraft(kind, termNumber == null ? 0 : termNumber,
                kind != null && kind.needsSector() ? Optional.ofNullable(sectorId).filter(s -> !s.isBlank()).map(SectorId::parse) : Optional.empty(),
                decidedBy, decidedOn, effectiveOn == null ? decidedOn : effectiveOn, grounds,
                Optional.ofNullable(documentNumber).filter(s -> !s.isBlank()));
    }

    public boolean isSectorNeeded() {
        return kind != null && kind.needsSector();
    }

    public DecisionKind getKind() {
        return kind;
    }

    public void setKind(DecisionKind kind) {
        this.kind = kind;
    }

    public Integer getTermNumber() {
        return termNumber;
    }

    public void setTermNumber(Integer termNumber) {
        this.termNumber = termNumber;
    }

    public String getSectorId() {
        return sectorId;
    }

    public void setSectorId(String sectorId) {
        this.sectorId = sectorId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }
}
