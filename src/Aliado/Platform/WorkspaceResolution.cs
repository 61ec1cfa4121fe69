using System.Security.Claims;
using Aliado.Data;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Platform;

/// <summary>
/// After authentication, picks the request's workspace and scopes the database to it. A token names its
/// workspace; a browser session uses the one chosen in the switcher, else the account's personal one.
/// </summary>
public sealed class WorkspaceResolution(RequestDelegate next)
{
    public const string TokenWorkspaceClaim = "aliado:workspace";
    public const string ChosenWorkspaceCookie = "aliado.workspace";

    public async Task InvokeAsync(HttpContext context, AliadoDbContext db, WorkspaceScope scope, CurrentWorkspace current, UserTime time)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            var memberships = await db.Memberships.AsNoTracking()
                .Include(m => m.Workspace)
                .Where(m => m.UserId == userId)
                .OrderBy(m => m.CreatedAt)
                .ToListAsync(context.RequestAborted);

            var tokenWorkspace = context.User.FindFirstValue(TokenWorkspaceClaim);
            var chosen = tokenWorkspace ?? context.Request.Cookies[ChosenWorkspaceCookie];
            var membership = tokenWorkspace is not null
                ? memberships.FirstOrDefault(m => m.WorkspaceId.ToString() == tokenWorkspace)
                : memberships.FirstOrDefault(m => m.WorkspaceId.ToString() == chosen)
                    ?? memberships.FirstOrDefault(m => m.Role == Core.Workspaces.WorkspaceRole.Owner)
                    ?? memberships.FirstOrDefault();
            time.Use(await db.Users.Where(u => u.Id == userId).Select(u => u.TimeZone).FirstOrDefaultAsync(context.RequestAborted));
            if (membership is not null)
            {
                scope.Enter(membership.WorkspaceId);
                scope.ActAs(userId);
                scope.Use(membership.Workspace!.HealthPolicy);
                current.Resolve(userId, membership, memberships);
            }
        }
        await next(context);
    }
}
