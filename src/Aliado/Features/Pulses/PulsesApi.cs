using Aliado.Core.Running;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Pulses;

/// <summary>The HTTP face of <see cref="Pulses"/>: its routes, their answers and what they may return.</summary>
public static class PulsesApi
{
    public static void MapPulses(this RouteGroupBuilder api)
    {
        var tags = new[] { "Pulses" };
        api.MapGet("/relationships/{id:guid}/pulses", async Task<Results<Ok<PagedList<PulseDto>>, ProblemHttpResult>> (Guid id, int? page, int? pageSize, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Pulses.ListAsync(db, id, PageRequest.From(page, pageSize), cancellationToken) is { } list ? TypedResults.Ok(list) : problems.NotFound())
            .WithTags(tags);
        api.MapPost("/relationships/{id:guid}/pulses", async Task<Results<Created<PulseDto>, ValidationProblem, ProblemHttpResult>> (Guid id, PulseDraft draft, AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await Pulses.TakeAsync(db, workspace, clock, id, draft, cancellationToken), created => $"/api/v1/pulses/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor);
        api.MapGet("/pulses/{id:guid}", async Task<Results<Ok<PulseDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await db.Pulses.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } pulse ? TypedResults.Ok(PulseDto.From(pulse)) : problems.NotFound())
            .WithTags(tags)
            .Versioned<Aliado.Core.Running.Pulse>();
        api.MapPut("/pulses/{id:guid}", async Task<Results<Ok<PulseDto>, ValidationProblem, ProblemHttpResult>> (Guid id, PulseDraft draft, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Pulses.UpdateAsync(db, clock, id, draft, cancellationToken)))
            .WithTags(tags).WithSummary("Corrects one of my pulses; a client's own answer from a check-in can be deleted, not rewritten.")
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Running.Pulse>();
        api.MapDelete("/pulses/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Pulses.RemoveAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Running.Pulse>();
    }
}
