using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Interactions;

/// <summary>The HTTP face of <see cref="Interactions"/>: its routes, their answers and what they may return.</summary>
public static class InteractionsApi
{
    public static void MapInteractions(this RouteGroupBuilder api)
    {
        var tags = new[] { "Interactions" };
        api.MapGet("/relationships/{id:guid}/interactions", async Task<Results<Ok<PagedList<InteractionDto>>, ProblemHttpResult>> (Guid id, int? page, int? pageSize, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Interactions.ListAsync(db, id, PageRequest.From(page, pageSize), cancellationToken) is { } list ? TypedResults.Ok(list) : problems.NotFound())
            .WithTags(tags);
        api.MapPost("/relationships/{id:guid}/interactions", async Task<Results<Created<InteractionDto>, ValidationProblem, ProblemHttpResult>> (Guid id, InteractionDraft draft, AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await Interactions.AddAsync(db, workspace, clock, id, draft, cancellationToken), created => $"/api/v1/interactions/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor);
        api.MapGet("/interactions/{id:guid}", async Task<Results<Ok<InteractionDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await db.Interactions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } interaction ? TypedResults.Ok(InteractionDto.From(interaction)) : problems.NotFound())
            .WithTags(tags)
            .Versioned<Aliado.Core.Running.Interaction>();
        api.MapPut("/interactions/{id:guid}", async Task<Results<Ok<InteractionDto>, ValidationProblem, ProblemHttpResult>> (Guid id, InteractionDraft draft, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Interactions.UpdateAsync(db, clock, id, draft, cancellationToken)))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Running.Interaction>();
        api.MapDelete("/interactions/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Interactions.RemoveAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Running.Interaction>();
    }
}
