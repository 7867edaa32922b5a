package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.consultation.ConsultationService;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.CommitteeCatalogue;
import org.xieshang.domain.consultation.ScreeningCategory;

/**
 * A committee's screening catalogue: the categories of matters that may and may not be consulted, against which its
 * topics are screened. Until a committee saves its own, it reads the example (version 0) to edit.
 */
@Path("committees/{committeeId}/screening-catalogue")
@RequestScoped
@Tag(name = "Consultation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeScreeningCatalogueResource {

    @Inject
    ConsultationService consultation;

    @Requires(value = CONSULTATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public Response get(@PathParam("committeeId") String committeeId) {
        return view(consultation.catalogue(committee(committeeId)));
    }

    /** Replaces the catalogue; If-Match names the version read ("0" to replace the example with the committee's own). */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @PUT
    public Response save(@PathParam("committeeId") String committeeId, @HeaderParam("If-Match") String ifMatch, @Valid CatalogueRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        List<ScreeningCategory> categories = Http.body(request).categories.stream()
                .map(c -> new ScreeningCategory(c.code, c.label, c.consultable)).toList();
        return view(consultation.saveCatalogue(committee(committeeId), expected, categories));
    }

    private static CommitteeId committee(String id) {
        return Http.pathId(id, CommitteeId::parse, "committee");
    }

    private static Response view(CommitteeCatalogue catalogue) {
        return Http.ok(new CatalogueView(catalogue.version() == 0, catalogue.catalogue().categories().stream()
                .map(c -> new CategoryView(c.code(), c.label(), c.consultable())).toList(), catalogue.version()), catalogue.version());
    }

    public record CatalogueView(boolean example, List<CategoryView> categories, long version) {
    }

    public record CategoryView(String code, String label, boolean consultable) {
    }

    static class CatalogueRequest {
        @NotEmpty
        @Valid
        public List<CategoryRequest> categories;
    }

    static class CategoryRequest {
        /** A short code that screenings name, such as elderly-care. */
        @NotBlank
        @Size(max = 40)
        public String code;
        @NotBlank
        @Size(max = 200)
        public String label;
        @NotNull
        public Boolean consultable;
    }
}
