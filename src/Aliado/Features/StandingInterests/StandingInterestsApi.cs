using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.StandingInterests;

/// <summary>The HTTP face of <see cref="StandingInterests"/>: its routes, their answers and what they may return.</summary>
public static class StandingInterestsApi
{
    public static void MapStandingInterests(this RouteGroupBuilder api)
    {
        var tags = new[] { "Standing interests" };
        api.MapGet("/standing-interests", async (AliadoDbContext db, CancellationToken cancellationToken) => TypedResults.Ok(await StandingInterests.ListAsync(db, cancellationToken)))
            .WithTags(tags).WithSummary("What I always want, offered in step 3 of every relationship.");
        api.MapPost("/standing-interests", async Task<Results<Created<StandingInterestDto>, ValidationProblem, ProblemHttpResult>> (StandingInterestDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await StandingInterests.AddAsync(db, workspace, draft, cancellationToken), created => $"/api/v1/standing-interests/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor);
        api.MapPut("/standing-interests/{id:guid}", async Task<Results<Ok<StandingInterestDto>, ValidationProblem, ProblemHttpResult>> (Guid id, StandingInterestDraft draft, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await StandingInterests.UpdateAsync(db, id, draft, cancellationToken)))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.StandingInterest>();
        api.MapDelete("/standing-interests/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await StandingInterests.RemoveAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Relationships.StandingInterest>();
        api.MapPost("/relationships/{id:guid}/interests/from-standing/{standingId:guid}", async Task<Results<Created<InterestDto>, ValidationProblem, ProblemHttpResult>> (Guid id, Guid standingId, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await StandingInterests.UseAsync(db, workspace, id, standingId, cancellationToken), created => $"/api/v1/interests/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .WithSummary("Records one of my standing interests as an interest of mine in this relationship.");
    }
}
