package org.xieshang.app.application.security;

import org.xieshang.domain.shared.DomainException;

/** Nobody is signed in, or the session or token has expired. */
public class NotSignedInException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with code {@code auth.required}. */
    public NotSignedInException() {
        super("auth.required", null);
    }
}
