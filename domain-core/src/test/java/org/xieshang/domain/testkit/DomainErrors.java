package org.xieshang.domain.testkit;

import org.xieshang.domain.shared.DomainException;

/** For tests: the domain error an action raises. */
public final class DomainErrors {

    private DomainErrors() {
    }

    /** @return the error the action raised; fails the test if it raised none */
    public static DomainException raisedBy(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("no domain error");
    }

    /** @return the code of the error the action raised */
    public static String codeOf(Runnable action) {
        return raisedBy(action).code();
    }
}
