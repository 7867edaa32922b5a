package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.duty.AssessmentService;
import org.xieshang.app.application.duty.DutyDirectories;
import org.xieshang.app.application.duty.DutyDirectory;
import org.xieshang.app.application.duty.DutyStatisticsService;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.evaluation.EvaluationSummary;
import org.xieshang.domain.duty.evaluation.ScorePreview;
import org.xieshang.domain.duty.scoring.ExampleScheme;
import org.xieshang.domain.duty.scoring.GradeBand;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NameCollation;

/**
 * Duty assessment settings (履职考核) of a year: the scoring scheme editor with a preview of its effect on this year's scores
 * and the history of revisions, the discipline rules (a preset and its parameters), and evaluating the year.
 */
@Named
@ViewScoped
public class AssessmentView implements Serializable {

    private static final String FORM = "schemeForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    AssessmentService assessment;

    @Inject
    DutyDirectories directories;

    private Integer year;
    private int termNumber;
    private String termName;
    private long currentRevision;
    private List<SchemeItemRow> items;
    private List<BandRow> bands;
    private String base;
    private String maximum;
    private String passMark;
    private String reason;
    private List<PreviewRow> preview = List.of();
    private List<RevisionRow> revisions = List.of();
    private DisciplinePreset preset;
    private String presetName;
    private long policyVersion;
    private List<RuleRow> rules;

    /** Loads the year named in the address (this year by default). */
    public void load() {
        if (year == null) {
            year = Now.today().getYear();
        }
        Committee committee = committees.get(selection.current());
        try {
            termNumber = DutyStatisticsService.termFor(committee, year).number();
            termName = Texts.term(termNumber);
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
            termNumber = committee.latestTerm().map(t -> t.number()).orElse(0);
        }
        List<ScoringScheme> all = assessment.schemeRevisions(selection.current(), year);
        revisions = all.stream().sorted(Comparator.comparingInt(ScoringScheme::revision).reversed()).map(RevisionRow::new).toList();
        currentRevision = all.isEmpty() ? 0 : all.get(all.size() - 1).revision();
        edit(all.isEmpty() ? ExampleScheme.draft() : all.get(all.size() - 1).draft());
        loadPolicy();
    }

    private void edit(SchemeDraft draft) {
        items = new ArrayList<>(draft.items().stream().map(SchemeItemRow::new).toList());
        bands = new ArrayList<>(draft.bands().stream().map(b -> new BandRow(b.grade(), b.minimum().toString())).toList());
        base = draft.base().toString();
        maximum = draft.maximum().map(Points::toString).orElse("");
        passMark = draft.passMark().toString();
        reason = null;
        preview = List.of();
    }

    private void loadPolicy() {
        DisciplinePolicy policy = assessment.policy(selection.current());
        preset = policy.basedOn().orElse(null);
        presetName = policy.basedOn().map(Texts::label).orElse(Texts.text("assessment.policy.custom"));
        policyVersion = policy.version();
        rules = new ArrayList<>(policy.definitions().stream().map(RuleRow::new).toList());
    }

    private SchemeDraft draft() {
        List<GradeBand> gradeBands = new ArrayList<>();
        for (BandRow band : bands) {
            gradeBands.add(new GradeBand(band.getGrade(), Points.parse(band.getMinimum() == null ? "" : band.getMinimum(), "bands")));
        }
        return new SchemeDraft(items.stream().map(SchemeItemRow::toItem).toList(), base == null || base.isBlank() ? Points.ZERO : Points.parse(base, "base"),
                Optional.ofNullable(maximum).filter(m -> !m.isBlank()).map(m -> Points.parse(m, "maximum")),
                passMark == null || passMark.isBlank() ? null : Points.parse(passMark, "passMark"), gradeBands, Optional.ofNullable(reason));
    }

    public void addItem() {
        items.add(new SchemeItemRow());
    }

    public void removeItem(SchemeItemRow row) {
        items.remove(row);
    }

    public void addBand() {
        bands.add(new BandRow("", "0"));
    }

    public void removeBand(BandRow row) {
        bands.remove(row);
    }

    /** Scores this year's members under the edited scheme beside their current scores; nothing is stored. */
    public void preview() {
        try {
            DutyDirectory names = directories.forTerm(selection.current(), termNumber);
            List<ScorePreview> previews = assessment.preview(selection.current(), termNumber, year, draft());
            preview = previews.stream().map(p -> new PreviewRow(names.name(p.memberId()), p))
                    .sorted(Comparator.comparing(PreviewRow::isChangesOutcome).reversed().thenComparing(PreviewRow::getName, NameCollation.pinyinOrder()))
                    .toList();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Stores the edited scheme as the next revision and recomputes the year's scores. */
    public void save() {
        try {
            ScoringScheme saved = assessment.reviseScheme(selection.current(), termNumber, year, currentRevision, draft());
            FormErrors.confirm("assessment.scheme.saved", saved.revision());
            load();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    public void adoptPreset() {
        try {
            assessment.adoptPreset(selection.current(), policyVersion, preset);
            FormErrors.confirm("assessment.policy.adopted", Texts.label(preset));
            loadPolicy();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public void saveRules() {
        try {
            assessment.changeRules(selection.current(), policyVersion, rules.stream().map(RuleRow::toDefinition).toList());
            FormErrors.confirm("assessment.policy.saved");
            loadPolicy();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    /** Evaluates the year: stores the scores and raises the findings not raised before. */
    public void evaluate() {
        try {
            EvaluationSummary summary = assessment.evaluate(selection.current(), termNumber, year);
            FormErrors.confirm("assessment.evaluated", summary.members().size(), summary.newFindings().size());
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    /** @return next year, this year and the four before it */
    public List<Integer> getYears() {
        return Now.recentYears(true);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTermName() {
        return termName;
    }

    public long getCurrentRevision() {
        return currentRevision;
    }

    public List<SchemeItemRow> getItems() {
        return items;
    }

    public List<BandRow> getBands() {
        return bands;
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public String getMaximum() {
        return maximum;
    }

    public void setMaximum(String maximum) {
        this.maximum = maximum;
    }

    public String getPassMark() {
        return passMark;
    }

    public void setPassMark(String passMark) {
        this.passMark = passMark;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<PreviewRow> getPreview() {
        return preview;
    }

    public List<RevisionRow> getRevisions() {
        return revisions;
    }

    public DisciplinePreset getPreset() {
        return preset;
    }

    public void setPreset(DisciplinePreset preset) {
        this.preset = preset;
    }

    public String getPresetName() {
        return presetName;
    }

    public List<RuleRow> getRules() {
        return rules;
    }
}
