package org.xieshang.app.interfaces.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.security.AccessDeniedException;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;

/** Page parameters and outcomes: a member page for an unknown or malformed id answers 404, like the API. */
final class Pages {

    private Pages() {
    }

    /** @return the member, or null after sending 404 (unknown id) or 403 (not the user's to see) */
    static Member memberOrNotFound(MemberService members, String id) {
        try {
            return members.get(MemberId.parse(id == null ? "" : id));
        } catch (AccessDeniedException e) {
            sendError(403);
            return null;
        } catch (DomainException | IllegalArgumentException e) {
            notFound();
            return null;
        }
    }

    /**
     * Loads what a page's address names.
     *
     * @param loader reads the record, throwing a domain error for an unknown or malformed identifier
     * @param <T>    the record type
     * @return the record, or null after sending 404 (unknown) or 403 (not the user's to see)
     */
    static <T> T orNotFound(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (AccessDeniedException e) {
            sendError(403);
            return null;
        } catch (DomainException | IllegalArgumentException e) {
            notFound();
            return null;
        }
    }

    /** @return the outcome that redirects to the member's detail page */
    static String memberPage(MemberId id) {
        return "/member.xhtml?faces-redirect=true&id=" + id;
    }

    static void notFound() {
        sendError(404);
    }

    static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
