package org.xieshang.app.application.security;

import org.xieshang.domain.shared.DomainException;

/** The signed-in user may not do this: no permission, another committee's data, or another person's record. */
public class AccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** @param reason the authorizer's reason code, such as {@code access.other-committee}; not null */
    public AccessDeniedException(String reason) {
        super(reason, null);
    }
}
