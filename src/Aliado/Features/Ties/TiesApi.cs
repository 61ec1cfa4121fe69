using Aliado.Core;
using Aliado.Core.People;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Ties;

public static class TiesApi
{
    public static void MapTies(this RouteGroupBuilder api)
    {
        api.MapGet("/people/{id:guid}/ties", async Task<Results<Ok<PagedList<TieDto>>, ValidationProblem, ProblemHttpResult>> (
                Guid id, [Choices<TieDirection>] string? direction, int? page, int? pageSize, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            {
                var errors = new Check().OneOf<TieDirection>("direction", direction).Errors;
                if (errors.Count > 0)
                {
                    return problems.Validation(errors);
                }
                var chosen = EnumText.ParseOr(direction, TieDirection.Circle);
                return await FindPersonAsync(db, id, cancellationToken)
                    ? TypedResults.Ok(await Circle.ListAsync(db, id, chosen, PageRequest.From(page, pageSize), cancellationToken))
                    : problems.NotFound();
            })
            .WithTags("Ties")
            .WithSummary("The person's circle (direction=circle, the default) or the circles the person is part of (direction=surrounds).");

        api.MapPost("/people/{id:guid}/ties", async Task<Results<Created<TieDto>, ValidationProblem, ProblemHttpResult>> (
                Guid id, TieDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await Circle.AddAsync(db, workspace, id, draft, cancellationToken), created => $"/api/v1/ties/{created.Id}"))
            .WithTags("Ties")
            .RequireAuthorization(WorkspacePolicies.Editor);

        var ties = api.MapGroup("/ties").WithTags("Ties");
        ties.MapGet("/{id:guid}", async Task<Results<Ok<TieDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Circle.ByIdAsync(db, id, cancellationToken) is { } tie ? TypedResults.Ok(tie) : problems.NotFound())
            .Versioned<Aliado.Core.People.Tie>();

        ties.MapPut("/{id:guid}", async Task<Results<Ok<TieDto>, ValidationProblem, ProblemHttpResult>> (Guid id, TieDraft draft, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Circle.UpdateAsync(db, id, draft, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.People.Tie>();

        ties.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Circle.RemoveAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.People.Tie>();
    }

    private static Task<bool> FindPersonAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.Id == id, cancellationToken);
}
