package org.xieshang.domain.shared;

/** Something a command refers to does not exist (or is not visible to the caller). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what  the kind of thing, a message code suffix such as {@code member}, not null
     * @param field the input field that referred to it, or null when it was the addressed resource itself
     * @param id    the identifier that was not found, not null
     */
    public NotFoundException(String what, String field, Object id) {
        super("not-found." + what, field, String.valueOf(id));
    }
}
