package org.xieshang.app.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Logger;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AccessDeniedException;
import org.xieshang.app.application.security.Targets;

/**
 * Checks every API request against its endpoint's {@link Requires} before the body is read or validated, so
 * that a refusal is the same 403 whatever the request carries. The application services check again; this
 * filter makes the rule of each endpoint visible, testable (the authorisation matrix) and fail-closed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RequiresFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RequiresFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Inject
    AccessControl access;

    @Inject
    Targets targets;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(Public.class)) {
            return;
        }
        Requires rule = method.getAnnotation(Requires.class);
        if (rule == null) {
            LOG.severe(() -> "refused: " + method + " declares no @Requires or @Public");
            throw new AccessDeniedException("access.no-permission");
        }
        String id = request.getUriInfo().getPathParameters().getFirst(rule.param());
        access.require(rule.value(), targets.of(rule.on(), id));
    }
}
