using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Calendar;

public sealed record CalendarFeedDto(Uri Url);

/// <summary>
/// Step 6's agenda in the user's own calendar: an iCalendar subscription listing when each relationship
/// is due for a touch and the follow-ups suggested after a "no". The address carries a secret; making a
/// new one or revoking it stops the old address at once.
/// </summary>
public static class CalendarFeeds
{
    public const int MaxEvents = 2000;

    public static async Task<Uri> CreateAsync(AliadoDbContext db, Workspaces.SecurityLog log, CurrentWorkspace workspace, Uri baseAddress, CancellationToken cancellationToken)
    {
        await db.CalendarFeeds.Where(f => f.UserId == workspace.UserId).ExecuteDeleteAsync(cancellationToken);
        var secret = TokenAuthentication.NewToken();
        db.CalendarFeeds.Add(new CalendarFeed { WorkspaceId = workspace.Id, UserId = workspace.UserId!, Hash = TokenAuthentication.Hash(secret) });
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(workspace.Id, Workspaces.SecurityLog.FeedCreated, null, workspace.UserId, cancellationToken);
        return new Uri(baseAddress, $"/calendar/{secret}.ics");
    }

    public static async Task<bool> RevokeAsync(AliadoDbContext db, Workspaces.SecurityLog log, CurrentWorkspace workspace, CancellationToken cancellationToken)
    {
        if (await db.CalendarFeeds.Where(f => f.UserId == workspace.UserId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }
        await log.RecordAsync(workspace.Id, Workspaces.SecurityLog.FeedRevoked, null, workspace.UserId, cancellationToken);
        return true;
    }

    public static Task<bool> ExistsAsync(AliadoDbContext db, CurrentWorkspace workspace, CancellationToken cancellationToken) =>
        db.CalendarFeeds.AnyAsync(f => f.UserId == workspace.UserId, cancellationToken);

    /// <summary>The feed for a secret, or null when no feed has it (wrong, or revoked).</summary>
    public static async Task<string?> RenderAsync(AliadoDbContext db, WorkspaceScope scope, TimeProvider clock, IStringLocalizer<SharedResource> localizer, string secret, Uri baseAddress, CancellationToken cancellationToken)
    {
        if (secret.Length > 200)
        {
            return null;
        }
        var hash = TokenAuthentication.Hash(secret);
        var feed = await db.CalendarFeeds.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(f => f.Hash == hash, cancellationToken);
        // A feed dies with its owner's access to the workspace.
        if (feed is null || !await db.Memberships.AnyAsync(m => m.WorkspaceId == feed.WorkspaceId && m.UserId == feed.UserId, cancellationToken))
        {
            return null;
        }
        scope.Enter(feed.WorkspaceId);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == feed.UserId).Select(u => new { u.PreferredCulture, u.TimeZone }).FirstAsync(cancellationToken);
        // The feed is fetched by a calendar app, not the user's browser: speak the language of the account.
        var culture = new System.Globalization.CultureInfo(Localization.Normalize(user.PreferredCulture ?? "en"));
        (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (culture, culture);
        var time = new UserTime(clock);
        time.Use(user.TimeZone);
        var now = clock.GetUtcNow().UtcDateTime;

        var due = await db.Relationships.AsNoTracking().Where(RunningFilters.Running)
            .OrderBy(r => r.DueAt).Take(MaxEvents)
            .Select(r => new { r.Id, Client = r.Client!.Name, r.DueAt, r.LastTouchAt, r.CadenceDays })
            .ToListAsync(cancellationToken);
        var followUps = await RunningFilters.OpenFollowUps(db.Proposals.AsNoTracking(), db.Relationships)
            .OrderBy(f => f.Proposal.FollowUpOn).Take(MaxEvents)
            .Select(f => new { f.Proposal.Id, RelationshipId = f.Relationship.Id, Client = f.Relationship.Client!.Name, f.Proposal.Title, FollowUpOn = f.Proposal.FollowUpOn!.Value })
            .ToListAsync(cancellationToken);

        var calendar = new ICalendarWriter(localizer["calendar.name"]);
        foreach (var r in due)
        {
            calendar.AllDayEvent(
                $"touch-{r.Id}@aliado", DateOnly.FromDateTime(time.Local(r.DueAt)),
                localizer["calendar.touch", r.Client], localizer["calendar.touch-detail", localizer.Cadence(r.CadenceDays), time.Date(r.LastTouchAt)],
                new Uri(baseAddress, $"/relationships/{r.Id}#step-6"), now);
        }
        foreach (var f in followUps)
        {
            calendar.AllDayEvent(
                $"follow-up-{f.Id}@aliado", f.FollowUpOn,
                localizer["calendar.follow-up", f.Client], localizer["calendar.follow-up-detail", f.Title],
                new Uri(baseAddress, $"/relationships/{f.RelationshipId}#step-7"), now);
        }
        return calendar.ToString();
    }

    public static Uri BaseAddress(HttpContext context) => new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/");
}
