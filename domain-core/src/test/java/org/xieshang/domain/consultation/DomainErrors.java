package org.xieshang.domain.consultation;

import org.xieshang.domain.shared.DomainException;

/** For tests: the domain error an action raises. */
final class DomainErrors {

    private DomainErrors() {
    }

    /** @return the error the action raised; fails the test if it raised none */
    static DomainException raisedBy(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("no domain error");
    }

    /** @return the code of the error the action raised */
    static String codeOf(Runnable action) {
        return raisedBy(action).code();
    }
}
