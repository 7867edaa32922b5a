package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.DUTY_EVENT;
import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.duty.DutyFileService;
import org.xieshang.domain.duty.DutyEventId;

/** A duty record entered by hand. */
@Path("duty-events/{id}")
@RequestScoped
@Tag(name = "Duty files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutyEventsResource {

    @Inject
    DutyFileService dutyFiles;

    /** Removes a record entered by hand; records of other modules are withdrawn by them. */
    @Requires(value = DUTY_FILE_MANAGE, on = DUTY_EVENT)
    @DELETE
    public Response remove(@PathParam("id") String id) {
        dutyFiles.remove(Http.pathId(id, DutyEventId::parse, "duty-event"));
        return Response.noContent().build();
    }
}
