package org.xieshang.app.application.security;

import org.xieshang.domain.shared.DomainException;

/**
 * A sign-in for a token was refused. Thrown after the failure count and the audit record are written, and
 * does not roll them back: the lockout must count, and the attempt stay in the trail.
 */
public class SignInRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** @param code {@code auth.refused.*} or {@code auth.pending-steps}; not null */
    public SignInRefusedException(String code) {
        super(code, null);
    }
}
