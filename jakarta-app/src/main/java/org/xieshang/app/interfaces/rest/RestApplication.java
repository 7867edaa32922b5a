package org.xieshang.app.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The REST API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Xieshang API", version = "1",
        description = "Registry of a consultative committee (政协): committees, terms, sectors, special committees, members, "
                + "membership decisions, liaison groups and workstations. Reads return an ETag; changes to an existing "
                + "resource need If-Match (428 without it, 412 when stale). Errors are application/problem+json.",
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
public class RestApplication extends Application {
}
