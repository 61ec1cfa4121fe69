using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Briefs;

public static class BriefApi
{
    public static void MapBriefs(this RouteGroupBuilder api) =>
        api.MapGet("/relationships/{id:guid}/brief", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid id, AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            await Brief.ReadAsync(db, workspace, clock, localizer, id, cancellationToken) is { } brief
                ? TypedResults.Text(new BriefText(brief, localizer, time).ToMarkdown(), "text/markdown; charset=utf-8")
                : problems.NotFound())
            .WithTags("Briefs")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown")
            .WithSummary("The one-page brief to read before meeting the client, as Markdown in the caller's language.");
}
