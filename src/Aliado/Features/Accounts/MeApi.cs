using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Features.People;
using Aliado.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Accounts;

public sealed record WorkspaceDto(Guid Id, string Name, WorkspaceRole Role);

public sealed record MeDto(string UserId, string Email, string DisplayName, WorkspaceDto Workspace, IReadOnlyList<WorkspaceDto> Workspaces, PersonDto? Me);

public static class MeApi
{
    public static void MapMe(this RouteGroupBuilder api) =>
        api.MapGet("/me", async (CurrentWorkspace workspace, UserManager<AliadoUser> users, AliadoDbContext db, CancellationToken cancellationToken) =>
            {
                var user = await users.FindByIdAsync(workspace.UserId!);
                var me = await db.People.AsNoTracking().Where(p => p.IsMe).Select(PersonDto.FromPerson).FirstOrDefaultAsync(cancellationToken);
                return TypedResults.Ok(new MeDto(
                    workspace.UserId!,
                    user?.Email ?? string.Empty,
                    user?.DisplayName ?? string.Empty,
                    Describe(workspace.Membership!),
                    [.. workspace.Available.Select(Describe)],
                    me));
            })
            .WithTags("Account")
            .WithSummary("The signed-in account, the workspace this request acts in, and its \"me\" person.");

    private static WorkspaceDto Describe(Membership membership) => new(membership.WorkspaceId, membership.Workspace?.Name ?? string.Empty, membership.Role);
}
