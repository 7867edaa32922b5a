package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import java.util.Comparator;
import java.util.List;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.sector.Sector;

/** The committee-specific choices of the forms: its terms, latest first, and its sectors in their order. */
final class Options {

    private Options() {
    }

    static List<SelectItem> terms(Committee committee) {
        return latestFirst(committee).stream().map(t -> new SelectItem(t.number(), Texts.term(t.number()))).toList();
    }

    static List<Term> latestFirst(Committee committee) {
        return committee.terms().stream().sorted(Comparator.comparingInt(Term::number).reversed()).toList();
    }

    static List<SelectItem> sectors(List<Sector> sectors) {
        return sectors.stream().map(s -> new SelectItem(s.id().toString(), s.name())).toList();
    }
}
