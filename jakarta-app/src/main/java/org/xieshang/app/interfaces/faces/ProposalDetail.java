package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.proposal.Answer;
import org.xieshang.domain.proposal.Communication;
import org.xieshang.domain.proposal.Extension;
import org.xieshang.domain.proposal.Filing;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.Rating;
import org.xieshang.domain.proposal.UnitTask;

/**
 * One proposal as its page shows it: content, proposer and co-signers, filing, key designation, handling with its units,
 * contacts, extensions, answers, ratings and supervision, and the full history. Texts only, in the page's language.
 */
public class ProposalDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final String number;
    private final String status;
    private final String statusClass;
    private final String origin;
    private final String category;
    private final int year;
    private final String proposerKind;
    private final String proposer;
    private final String grounds;
    private final String suggestions;
    private final List<Party> coSigners;
    private final String filing;
    private final String mergedInto;
    private final String keyLeading;
    private final String keySupervising;
    private final String keyOn;
    private final boolean handled;
    private final String mode;
    private final String assignedOn;
    private final String deadline;
    private final boolean overdue;
    private final int round;
    private final List<Task> tasks;
    private final List<Contact> contacts;
    private final String pendingExtension;
    private final List<ExtensionLine> extensions;
    private final List<AnswerLine> answers;
    private final List<RatingLine> ratings;
    private final String supervision;
    private final List<HistoryStep> history;

    ProposalDetail(Proposal p, ProposalNames names, LocalDate today) {
        title = p.content().title();
        number = p.number().map(String::valueOf).orElse("");
        status = Texts.label(p.status());
        statusClass = ProposalRow.badge(p.status());
        origin = Texts.label(p.origin());
        category = Texts.label(p.content().category());
        year = p.year();
        proposerKind = Texts.label(p.proposer().kind());
        proposer = names.proposer(p);
        grounds = p.content().grounds();
        suggestions = p.content().suggestions();
        coSigners = p.coSigners().stream().map(c -> new Party(names.member(c.memberId()), Texts.label(c.status()))).toList();
        filing = p.filing().map(ProposalDetail::filing).orElse("");
        mergedInto = p.filing().flatMap(Filing::mergedInto).map(Object::toString).orElse(null);
        keyLeading = p.key().map(k -> String.join("、", k.leadingLeaders())).orElse(null);
        keySupervising = p.key().map(k -> String.join("、", k.supervisingLeaders())).orElse("");
        keyOn = p.key().map(k -> Texts.isoDate(k.designatedOn())).orElse("");
        Optional<Handling> h = p.handling();
        handled = h.isPresent();
        mode = h.map(x -> Texts.label(x.mode())).orElse("");
        assignedOn = h.map(x -> Texts.isoDate(x.assignedOn())).orElse("");
        deadline = h.map(x -> Texts.isoDate(x.deadline())).orElse("");
        overdue = p.isOverdue(today);
        round = h.map(Handling::round).orElse(0);
        tasks = h.map(x -> x.tasks().stream().map(t -> new Task(t, names)).toList()).orElse(List.of());
        contacts = h.map(x -> x.communications().stream().map(c -> new Contact(c, names)).toList()).orElse(List.of());
        pendingExtension = h.flatMap(Handling::pendingExtension).map(r -> Texts.text("proposal.extension.pending", r.workingDays(), r.reason(),
                Texts.isoDate(r.requestedOn()))).orElse(null);
        extensions = h.map(x -> x.extensions().stream().map(ExtensionLine::new).toList()).orElse(List.of());
        answers = h.map(x -> x.answers().stream().map(a -> new AnswerLine(a, names)).toList()).orElse(List.of());
        ratings = h.map(x -> x.ratings().stream().map(RatingLine::new).toList()).orElse(List.of());
        supervision = h.flatMap(Handling::supervision).map(s -> Texts.label(s.grade()) + " · " + s.supervisor() + " · " + Texts.isoDate(s.gradedOn())
                + s.note().map(n -> " · " + n).orElse("")).orElse(null);
        history = p.history().stream().map(HistoryStep::of).toList();
    }

    private static String filing(Filing f) {
        String decided = Texts.label(f.decision()) + f.number().map(n -> " " + Texts.text("proposals.number", n)).orElse("")
                + f.reason().map(r -> " · " + Texts.label(r)).orElse("");
        return decided + " · " + Texts.isoDate(f.decidedOn()) + f.note().map(n -> " · " + n).orElse("");
    }

    /** A co-signer and the answer to the invitation. */
    public static class Party implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String status;

        Party(String name, String status) {
            this.name = name;
            this.status = status;
        }

        public String getName() {
            return name;
        }

        public String getStatus() {
            return status;
        }
    }

    /** A unit's part: its role, its acknowledgement (签收) and its countersign (会签). */
    public static class Task implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String unit;
        private final String role;
        private final String acknowledgedOn;
        private final String countersign;

        Task(UnitTask t, ProposalNames names) {
            unit = names.unit(t.unitId());
            role = Texts.label(t.role());
            acknowledgedOn = t.acknowledgedOn().map(Texts::isoDate).orElse("");
            countersign = t.countersign().map(c -> Texts.isoDate(c.signedOn()) + " · " + c.opinion()).orElse("");
        }

        public String getUnit() {
            return unit;
        }

        public String getRole() {
            return role;
        }

        public String getAcknowledgedOn() {
            return acknowledgedOn;
        }

        public String getCountersign() {
            return countersign;
        }
    }

    /** A contact between a unit and the proposer. */
    public static class Contact implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String unit;
        private final String phase;
        private final String method;
        private final String on;
        private final String summary;

        Contact(Communication c, ProposalNames names) {
            unit = names.unit(c.unitId());
            phase = Texts.label(c.phase());
            method = Texts.label(c.method());
            on = Texts.isoDate(c.on());
            summary = c.summary();
        }

        public String getUnit() {
            return unit;
        }

        public String getPhase() {
            return phase;
        }

        public String getMethod() {
            return method;
        }

        public String getOn() {
            return on;
        }

        public String getSummary() {
            return summary;
        }
    }

    /** An extension request and the office's decision. */
    public static class ExtensionLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String request;
        private final String decision;

        ExtensionLine(Extension e) {
            request = Texts.text("proposal.extension.asked", e.request().workingDays(), e.request().reason(), Texts.isoDate(e.request().requestedOn()));
            decision = (e.granted() ? Texts.text("proposal.extension.granted", Texts.isoDate(e.newDeadline().orElse(null)))
                    : Texts.text("proposal.extension.refused")) + " · " + e.decidedBy() + " · " + Texts.isoDate(e.decidedOn())
                    + e.note().map(n -> " · " + n).orElse("");
        }

        public String getRequest() {
            return request;
        }

        public String getDecision() {
            return decision;
        }
    }

    /** The lead unit's answer (答复) in one round. */
    public static class AnswerLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int round;
        private final String unit;
        private final String result;
        private final String text;
        private final String answeredOn;
        private final String timeliness;
        private final boolean onTime;

        AnswerLine(Answer a, ProposalNames names) {
            round = a.round();
            unit = names.unit(a.unitId());
            result = Texts.label(a.result());
            text = a.text();
            answeredOn = Texts.isoDate(a.answeredOn());
            onTime = a.onTime();
            timeliness = Texts.text(onTime ? "proposal.answer.on-time" : "proposal.answer.late", Texts.isoDate(a.deadline()));
        }

        public int getRound() {
            return round;
        }

        public String getUnit() {
            return unit;
        }

        public String getResult() {
            return result;
        }

        public String getText() {
            return text;
        }

        public String getAnsweredOn() {
            return answeredOn;
        }

        public String getTimeliness() {
            return timeliness;
        }

        public boolean isOnTime() {
            return onTime;
        }
    }

    /** The proposer's rating of one round's answer. */
    public static class RatingLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int round;
        private final String satisfaction;
        private final boolean accepted;
        private final String contacted;
        private final String comment;
        private final String rated;

        RatingLine(Rating r) {
            round = r.round();
            satisfaction = Texts.label(r.satisfaction());
            accepted = r.satisfaction().accepts();
            contacted = Texts.text(r.contacted() ? "proposal.rating.contacted" : "proposal.rating.not-contacted");
            comment = r.comment().orElse("");
            rated = r.ratedBy() + " · " + Texts.isoDate(r.ratedOn());
        }

        public int getRound() {
            return round;
        }

        public String getSatisfaction() {
            return satisfaction;
        }

        public boolean isAccepted() {
            return accepted;
        }

        public String getContacted() {
            return contacted;
        }

        public String getComment() {
            return comment;
        }

        public String getRated() {
            return rated;
        }
    }

    public String getTitle() {
        return title;
    }

    public String getNumber() {
        return number;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusClass() {
        return statusClass;
    }

    public String getOrigin() {
        return origin;
    }

    public String getCategory() {
        return category;
    }

    public int getYear() {
        return year;
    }

    public String getProposerKind() {
        return proposerKind;
    }

    public String getProposer() {
        return proposer;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public List<Party> getCoSigners() {
        return coSigners;
    }

    public String getFiling() {
        return filing;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    /** @return whether it is a key proposal */
    public boolean isKey() {
        return keyLeading != null;
    }

    public String getKeyLeading() {
        return keyLeading;
    }

    public String getKeySupervising() {
        return keySupervising;
    }

    public String getKeyOn() {
        return keyOn;
    }

    /** @return whether it has been assigned */
    public boolean isHandled() {
        return handled;
    }

    public String getMode() {
        return mode;
    }

    public String getAssignedOn() {
        return assignedOn;
    }

    public String getDeadline() {
        return deadline;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public int getRound() {
        return round;
    }

    public List<Task> getTasks() {
        return tasks;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public String getPendingExtension() {
        return pendingExtension;
    }

    public List<ExtensionLine> getExtensions() {
        return extensions;
    }

    public List<AnswerLine> getAnswers() {
        return answers;
    }

    public List<RatingLine> getRatings() {
        return ratings;
    }

    public String getSupervision() {
        return supervision;
    }

    public List<HistoryStep> getHistory() {
        return history;
    }
}
