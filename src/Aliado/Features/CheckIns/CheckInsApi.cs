using Aliado.Data;
using Aliado.Features.Calendar;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aliado.Features.CheckIns;

public static class CheckInsApi
{
    public static void MapCheckIns(this RouteGroupBuilder api)
    {
        var tags = new[] { "Check-ins" };
        api.MapPost("/relationships/{id:guid}/check-ins", async Task<Results<Created<CheckInLinkDto>, ValidationProblem, ProblemHttpResult>> (Guid id, CheckInRequest? request, HttpContext context, AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Problems problems, CancellationToken cancellationToken) =>
            problems.Created(await CheckIns.CreateAsync(db, workspace, clock, id, request ?? new CheckInRequest(), CalendarFeeds.BaseAddress(context), cancellationToken), created => $"/api/v1/check-ins/{created.Id}"))
            .WithTags(tags).RequireAuthorization(WorkspacePolicies.Editor)
            .WithSummary("Makes a private link that asks the client the two pulse questions; the address is shown only now.");
        api.MapGet("/relationships/{id:guid}/check-ins", async Task<Results<Ok<IReadOnlyList<CheckInDto>>, ProblemHttpResult>> (Guid id, AliadoDbContext db, Problems problems, CancellationToken cancellationToken) =>
            await CheckIns.ListAsync(db, id, cancellationToken) is { } list ? TypedResults.Ok(list) : problems.NotFound())
            .WithTags(tags).WithSummary("The latest check-ins sent for a relationship, answered or not.");
    }
}
