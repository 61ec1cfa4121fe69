using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Calendar;

/// <summary>The HTTP face of <see cref="CalendarFeeds"/>: its routes, their answers and what they may return.</summary>
public static class CalendarFeedsApi
{
    public static void MapCalendar(this IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapGet("/calendar/{secret}.ics", async Task<Results<ContentHttpResult, NotFound>> (string secret, HttpContext context, AliadoDbContext db, WorkspaceScope scope, TimeProvider clock, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
            await CalendarFeeds.RenderAsync(db, scope, clock, localizer, secret, CalendarFeeds.BaseAddress(context), cancellationToken) is { } ics
                ? TypedResults.Text(ics, "text/calendar; charset=utf-8")
                : TypedResults.NotFound())
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.AnonymousLinks)
            .ExcludeFromDescription();

        var tags = new[] { "Calendar" };
        api.MapPost("/calendar-feed", async (HttpContext context, AliadoDbContext db, Workspaces.SecurityLog log, CurrentWorkspace workspace, CancellationToken cancellationToken) =>
            TypedResults.Ok(new CalendarFeedDto(await CalendarFeeds.CreateAsync(db, log, workspace, CalendarFeeds.BaseAddress(context), cancellationToken))))
            .WithTags(tags).WithSummary("Creates (or replaces) my calendar subscription for this workspace; the address is shown only now.");
        api.MapDelete("/calendar-feed", async Task<Results<NoContent, ProblemHttpResult>> (AliadoDbContext db, Workspaces.SecurityLog log, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
            await CalendarFeeds.RevokeAsync(db, log, workspace, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithTags(tags).WithSummary("Revokes my calendar subscription: its address stops working.");
    }
}
