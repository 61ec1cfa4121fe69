using System.Security.Claims;
using Aliado.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aliado.Platform;

/// <summary>
/// After authentication, picks the request's workspace and scopes the database to it. A token names its
/// workspace; a browser session uses the one chosen in the switcher, else the account's personal one.
/// </summary>
public sealed class WorkspaceResolution(RequestDelegate next)
{
    public const string TokenWorkspaceClaim = "aliado:workspace";
    public const string ChosenWorkspaceCookie = "aliado.workspace";

    public async Task InvokeAsync(HttpContext context, AliadoDbContext db, CallerCache callers, WorkspaceScope scope, CurrentWorkspace current, UserTime time, IOptions<IdentityOptions> identity)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            // One statement per request: the session's security stamp, the user's time zone and memberships
            // together, or the check that what this node remembers of them is still true (a token's lookup
            // already did either).
            var found = context.Features.Get<Caller>()
                ?? await callers.GetAsync("user:" + userId, db, () => LoadAsync(db, userId, context.RequestAborted), context.RequestAborted);
            var tokenWorkspace = context.User.FindFirstValue(TokenWorkspaceClaim);
            if (tokenWorkspace is null && (found is null || found.SecurityStamp != context.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType)))
            {
                // Signed out elsewhere or the password changed: this browser's session has ended too.
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                await next(context);
                return;
            }
            var memberships = found?.Memberships ?? [];

            var chosen = tokenWorkspace ?? context.Request.Cookies[ChosenWorkspaceCookie];
            var membership = tokenWorkspace is not null
                ? memberships.FirstOrDefault(m => m.WorkspaceId.ToString() == tokenWorkspace)
                : memberships.FirstOrDefault(m => m.WorkspaceId.ToString() == chosen)
                    ?? memberships.FirstOrDefault(m => m.Role == Core.Workspaces.WorkspaceRole.Owner)
                    ?? memberships.FirstOrDefault();
            time.Use(found?.TimeZone);
            if (membership is not null)
            {
                scope.Enter(membership.WorkspaceId);
                scope.ActAs(userId);
                scope.Use(membership.Workspace!.HealthPolicy);
                scope.Use(membership.Workspace.VerdictPolicy);
                current.Resolve(userId, membership, memberships);
            }
        }
        await next(context);
    }

    private static async Task<(Caller? Value, long? Epoch)> LoadAsync(AliadoDbContext db, string userId, CancellationToken cancellationToken)
    {
        var epoch = AccessEpoch.Current(db);
        var found = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                // Memberships filtered by the id itself too: the joined subquery is then read off the UserId
                // index instead of being built from every membership on the server.
                Caller = new Caller(u.SecurityStamp, u.TimeZone, db.Memberships.Include(m => m.Workspace).Where(m => m.UserId == u.Id && m.UserId == userId).OrderBy(m => m.CreatedAt).ToList()),
                Epoch = epoch.FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return (found?.Caller, found?.Epoch);
    }
}

/// <summary>What every signed-in request needs to know about its account before any feature runs.</summary>
public sealed record Caller(string? SecurityStamp, string? TimeZone, List<Core.Workspaces.Membership> Memberships);
