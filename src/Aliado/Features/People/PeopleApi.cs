using Aliado.Core.People;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.People;

public static class PeopleApi
{
    public static void MapPeople(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");

        people.MapGet("/", async (AliadoDbContext db, string? q, int? page, int? pageSize, CancellationToken cancellationToken) =>
            TypedResults.Ok(await FindPeople.RunAsync(db, q, PageRequest.From(page, pageSize), cancellationToken)))
            .WithSummary("People in the workspace, searchable by name or organization, paginated.");

        people.MapGet("/{id:guid}", async Task<Results<Ok<PersonDto>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await FindPeople.ByIdAsync(db, id, cancellationToken) is { } person ? TypedResults.Ok(person) : problems.NotFound())
            .Versioned<Aliado.Core.People.Person>();

        people.MapPost("/", async Task<Results<Created<PersonDto>, ValidationProblem, ProblemHttpResult>> (PersonDraft draft, AliadoDbContext db, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await SavePerson.CreateAsync(db, workspace, draft, cancellationToken), created => $"/api/v1/people/{created.Id}"))
            .RequireAuthorization(WorkspacePolicies.Editor);

        people.MapPut("/{id:guid}", async Task<Results<Ok<PersonDto>, ValidationProblem, ProblemHttpResult>> (Guid id, PersonDraft draft, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            problems.Ok(await SavePerson.UpdateAsync(db, id, draft, cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.People.Person>();

        people.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await DeletePerson.RunAsync(db, id, cancellationToken) switch
            {
                Outcome<Guid>.Done => TypedResults.NoContent(),
                Outcome<Guid>.Refused refused => problems.Conflict(refused.MessageKey, refused.Arguments),
                _ => problems.NotFound(),
            })
            .RequireAuthorization(WorkspacePolicies.Editor)
            .Versioned<Aliado.Core.People.Person>();
    }
}
