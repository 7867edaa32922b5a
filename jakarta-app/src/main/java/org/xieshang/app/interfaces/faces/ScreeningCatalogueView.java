package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.app.application.consultation.ConsultationService;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.CommitteeCatalogue;
import org.xieshang.domain.shared.DomainException;

/**
 * The screening catalogue of the committee chosen in the header, edited as a table: the example until the committee
 * saves its own.
 */
@Named
@ViewScoped
public class ScreeningCatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    ConsultationService consultation;

    @Inject
    ConsultationBoardView board;

    private String committeeId;
    private boolean example;
    private long version;
    private List<CategoryRow> rows = new ArrayList<>();

    @PostConstruct
    void init() {
        committeeId = selection.current().toString();
        load();
    }

    private void load() {
        CommitteeCatalogue catalogue = consultation.catalogue(CommitteeId.parse(committeeId));
        example = catalogue.version() == 0;
        version = catalogue.version();
        rows = new ArrayList<>(catalogue.catalogue().categories().stream().map(CategoryRow::new).toList());
    }

    public void addRow() {
        rows.add(new CategoryRow());
    }

    public void removeRow(CategoryRow row) {
        rows.remove(row);
    }

    /** Saves the table as the committee's catalogue; later screenings use it. */
    public void save() {
        try {
            consultation.saveCatalogue(CommitteeId.parse(committeeId), version, rows.stream().map(CategoryRow::toCategory).toList());
            FormErrors.confirm("consultation.catalogue.saved", rows.size());
            load();
            // The topics' screening menus on the same page offer the saved categories.
            board.load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public boolean isExample() {
        return example;
    }

    public List<CategoryRow> getRows() {
        return rows;
    }
}
