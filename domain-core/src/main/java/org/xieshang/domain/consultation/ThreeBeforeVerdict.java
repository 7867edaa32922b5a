package org.xieshang.domain.consultation;

/** The answer of the "three before" check for one matter. */
public enum ThreeBeforeVerdict {
    /** The matter is not flagged as needing consultation: nothing holds it. */
    NOT_REQUIRED(true),
    /** Flagged, and its consultation meeting has taken place. */
    CONSULTED(true),
    /** Flagged, and not consulted yet: it may not be decided, passed or implemented. */
    CONSULTATION_PENDING(false);

    private final boolean allows;

    ThreeBeforeVerdict(boolean allows) {
        this.allows = allows;
    }

    /** @return whether the matter may go ahead */
    public boolean allows() {
        return allows;
    }
}
