using Aliado.Core;
using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.Lessons;

/// <summary>The HTTP face of <see cref="Lessons"/>: its routes, their answers and what they may return.</summary>
public static class LessonsApi
{
    public static void MapLessons(this RouteGroupBuilder api)
    {
        var lessons = api.MapGroup("/lessons").WithTags("Lessons");
        lessons.MapGet("/", async Task<Results<Ok<PagedList<LessonDto>>, ValidationProblem, ProblemHttpResult>> (string? q, [Choices<LessonRole>] string? role, Guid? relationshipId, int? page, int? pageSize, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            {
                var errors = new Check().OneOf<LessonRole>("role", role).MaxLength("q", q, Limits.ShortText).Errors;
                return errors.Count > 0
                    ? problems.Validation(errors)
                    : TypedResults.Ok(await Lessons.FindAsync(db, q, role is null ? null : EnumText.ParseOr(role, LessonRole.AsProvider), relationshipId, PageRequest.From(page, pageSize), cancellationToken));
            })
            .WithSummary("Lessons, newest first; q searches all their text ignoring case and accents; filter by role or relationshipId.");
        lessons.MapPost("/", async Task<Results<Created<LessonDto>, ValidationProblem, ProblemHttpResult>> (LessonDraft draft, AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await Lessons.RecordAsync(db, workspace, clock, draft, cancellationToken), created => $"/api/v1/lessons/{created.Id}"))
            .RequireAuthorization(WorkspacePolicies.Editor);
        lessons.MapGet("/{id:guid}", async Task<Results<Ok<LessonDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Lessons.ByIdAsync(db, id, cancellationToken) is { } lesson ? TypedResults.Ok(lesson) : problems.NotFound())
            .Versioned<Aliado.Core.Typology.Lesson>();
        lessons.MapPut("/{id:guid}", async Task<Results<Ok<LessonDto>, ValidationProblem, ProblemHttpResult>> (Guid id, LessonDraft draft, AliadoDbContext db, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await Lessons.UpdateAsync(db, clock, id, draft, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Typology.Lesson>();
        lessons.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await Lessons.RemoveAsync(db, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.Typology.Lesson>();
    }
}
