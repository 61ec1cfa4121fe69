using Aliado.Data;
using Aliado.Platform;

namespace Aliado.Features.Workspaces;

/// <summary>The owner's view of the <see cref="SecurityLog"/> over the API.</summary>
public static class SecurityLogApi
{
    public static void MapSecurityLog(this RouteGroupBuilder api) =>
        api.MapGet("/workspace/security-log", async (int? page, int? pageSize, AliadoDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await SecurityLog.ReadAsync(db, PageRequest.From(page, pageSize), cancellationToken)))
            .RequireAuthorization(WorkspacePolicies.Owner)
            .WithTags("Workspace")
            .WithSummary("Sign-ins, failed sign-ins, lockouts, sign-outs, password changes, member, token and calendar-feed changes, newest first (owner only).");
}
