package org.xieshang.domain.shared;

/** A value that must be unique (a member code within a committee, a sector name…) is taken. */
public class DuplicateException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param code      message code, not null
     * @param field     the field holding the duplicate value, not null
     * @param arguments message arguments, not null
     */
    public DuplicateException(String code, String field, Object... arguments) {
        super(code, field, arguments);
    }
}
