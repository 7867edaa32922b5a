package org.xieshang.domain.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.duty.scoring.ScoringSchemes;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/** Scoring schemes and scores kept in memory. Thread-safe. */
public final class InMemoryScoringSchemes implements ScoringSchemes {

    private record YearKey(CommitteeId committeeId, int year) {
    }

    private record RevisionKey(CommitteeId committeeId, int year, int revision) {
    }

    private final Map<YearKey, List<ScoringScheme>> schemes = new HashMap<>();
    private final Map<RevisionKey, List<AnnualScore>> scores = new HashMap<>();

    @Override
    public synchronized Optional<ScoringScheme> current(CommitteeId committeeId, int year) {
        List<ScoringScheme> revisions = schemes.getOrDefault(new YearKey(committeeId, year), List.of());
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    @Override
    public synchronized List<ScoringScheme> revisions(CommitteeId committeeId, int year) {
        return List.copyOf(schemes.getOrDefault(new YearKey(committeeId, year), List.of()));
    }

    @Override
    public synchronized ScoringScheme add(ScoringScheme scheme) {
        List<ScoringScheme> revisions = schemes.computeIfAbsent(new YearKey(scheme.committeeId(), scheme.year()), k -> new ArrayList<>());
        if (scheme.revision() != revisions.size() + 1) {
            throw new ConcurrentUpdateException("scoring-scheme", scheme.committeeId() + "/" + scheme.year(), scheme.revision() - 1);
        }
        revisions.add(scheme);
        return scheme;
    }

    @Override
    public synchronized void putScores(CommitteeId committeeId, int year, int revision, List<AnnualScore> computed) {
        scores.put(new RevisionKey(committeeId, year, revision), List.copyOf(computed));
    }

    @Override
    public synchronized List<AnnualScore> scores(CommitteeId committeeId, int year, int revision) {
        return scores.getOrDefault(new RevisionKey(committeeId, year, revision), List.of());
    }
}
