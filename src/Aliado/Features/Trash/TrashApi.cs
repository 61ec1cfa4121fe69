using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.Trash;

public static class TrashApi
{
    public static void MapTrash(this RouteGroupBuilder api)
    {
        var trash = api.MapGroup("/trash").WithTags("Trash");

        trash.MapGet("/", async (AliadoDbContext db, int? page, int? pageSize, CancellationToken cancellationToken) =>
            TypedResults.Ok(await TrashCan.ListAsync(db, PageRequest.From(page, pageSize), cancellationToken)))
            .WithSummary("What was deleted in the last 30 days, newest first; each entry brings back everything that went with it.");

        trash.MapPost("/{id:guid}/restore", async Task<Results<Ok<RestoredDto>, ValidationProblem, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await TrashCan.RestoreAsync(db, id, cancellationToken)))
            .WithSummary("Brings a deleted record back whole, with everything that was deleted with it.")
            .RequireAuthorization(WorkspacePolicies.Editor);

        trash.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await TrashCan.PurgeAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithSummary("Deletes an entry for good now, instead of after 30 days.")
            .RequireAuthorization(WorkspacePolicies.Editor);
    }
}
