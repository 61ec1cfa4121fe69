using Aliado.Core.People;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.Organizations;

public static class OrganizationsApi
{
    public static void MapOrganizations(this RouteGroupBuilder api)
    {
        var organizations = api.MapGroup("/organizations").WithTags("Organizations");

        organizations.MapGet("/", async (AliadoDbContext db, string? q, int? page, int? pageSize, CancellationToken cancellationToken) =>
            TypedResults.Ok(await Organizations.FindAsync(db, q, PageRequest.From(page, pageSize), cancellationToken)));

        organizations.MapGet("/{id:guid}", async Task<Results<Ok<OrganizationDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Organizations.ByIdAsync(db, id, cancellationToken) is { } organization ? TypedResults.Ok(organization) : problems.NotFound())
            .Versioned<Aliado.Core.People.Organization>();

        organizations.MapPost("/", async Task<Results<Created<OrganizationDto>, ValidationProblem, ProblemHttpResult>> (OrganizationDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await Organizations.CreateAsync(db, workspace, draft, cancellationToken), created => $"/api/v1/organizations/{created.Id}"))
            .RequireAuthorization(WorkspacePolicies.Editor);

        organizations.MapPut("/{id:guid}", async Task<Results<Ok<OrganizationDto>, ValidationProblem, ProblemHttpResult>> (Guid id, OrganizationDraft draft, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Organizations.UpdateAsync(db, id, draft, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.People.Organization>();

        organizations.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Organizations.DeleteAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.People.Organization>();
    }
}
