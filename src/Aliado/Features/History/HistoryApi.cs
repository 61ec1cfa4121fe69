using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.History;

public static class HistoryApi
{
    public static void MapHistory(this RouteGroupBuilder api)
    {
        api.MapGet("/people/{id:guid}/history", async Task<Results<Ok<HistoryDto>, ProblemHttpResult>> (Guid id, int? page, int? pageSize, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await RecordHistory.OfPersonAsync(db, id, PageRequest.From(page, pageSize), cancellationToken) is { } history ? TypedResults.Ok(history) : problems.NotFound())
            .WithTags("People")
            .WithSummary("Every change to this person's file, their ties and their assessments: who, when, each field before and after.");

        api.MapGet("/relationships/{id:guid}/history", async Task<Results<Ok<HistoryDto>, ProblemHttpResult>> (Guid id, int? page, int? pageSize, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await RecordHistory.OfRelationshipAsync(db, id, PageRequest.From(page, pageSize), cancellationToken) is { } history ? TypedResults.Ok(history) : problems.NotFound())
            .WithTags("Relationships")
            .WithSummary("Every change to this relationship and everything in it: interests, offerings, conversations, pulses, proposals…");
    }
}
