using Aliado.Core;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Workspaces;

public sealed record MemberDto(Guid Id, string Email, WorkspaceRole Role);

public sealed record NewMemberRequest(string? Email, WorkspaceRole? Role);

/// <summary>The workspace's members over the API, as on the Members page: only the owner manages them.</summary>
public static class MembersApi
{
    public const string CannotAdd = "members.cannot-add";

    public static Task<List<MemberDto>> ListAsync(AliadoDbContext db, CurrentWorkspace workspace, CancellationToken cancellationToken) =>
        db.Memberships.AsNoTracking().Where(m => m.WorkspaceId == workspace.Id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MemberDto(m.Id, u.Email ?? string.Empty, m.Role))
            .ToListAsync(cancellationToken);

    public static async Task<Outcome<MemberDto>> AddAsync(AliadoDbContext db, UserManager<AliadoUser> users, SecurityLog log, CurrentWorkspace workspace, NewMemberRequest request, CancellationToken cancellationToken)
    {
        var check = new Check().Required("email", request.Email).Email("email", request.Email).Required("role", request.Role);
        if (request.Role == WorkspaceRole.Owner)
        {
            check.Add(new FieldError("role", ErrorCodes.OneOf, "editor, viewer"));
        }
        if (check.Errors.Count > 0)
        {
            return Outcome.Invalid<MemberDto>(check.Errors);
        }
        var user = await users.FindByEmailAsync(request.Email!.Trim());
        if (user is null)
        {
            return Outcome.Unusable<MemberDto>([new FieldError("email", CannotAdd)]);
        }
        var role = request.Role!.Value;
        var existing = await db.Memberships.FirstOrDefaultAsync(m => m.WorkspaceId == workspace.Id && m.UserId == user.Id, cancellationToken);
        if (existing is null)
        {
            existing = new Membership { WorkspaceId = workspace.Id, UserId = user.Id, Role = role };
            db.Memberships.Add(existing);
            await db.SaveChangesAsync(cancellationToken);
            await log.RecordAsync(workspace.Id, SecurityLog.MemberAdded, user.Email, workspace.UserId, cancellationToken);
        }
        return Outcome.Done(new MemberDto(existing.Id, user.Email!, existing.Role));
    }

    /// <summary>Removes a member (never the owner). Their tokens, calendar feeds and check-in links stop working at once.</summary>
    public static async Task<bool> RemoveAsync(AliadoDbContext db, SecurityLog log, CurrentWorkspace workspace, Guid id, CancellationToken cancellationToken)
    {
        var member = db.Memberships.Where(m => m.Id == id && m.WorkspaceId == workspace.Id && m.Role != WorkspaceRole.Owner);
        var email = await member.Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email).FirstOrDefaultAsync(cancellationToken);
        if (await member.ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }
        await log.RecordAsync(workspace.Id, SecurityLog.MemberRemoved, email, workspace.UserId, cancellationToken);
        return true;
    }

    public static void MapMembers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/workspace/members").WithTags("Workspace").RequireAuthorization(WorkspacePolicies.Owner);
        group.MapGet("/", async (AliadoDbContext db, CurrentWorkspace workspace, CancellationToken cancellationToken) =>
                TypedResults.Ok(await ListAsync(db, workspace, cancellationToken)))
            .WithSummary("The workspace's members (owner only).");
        group.MapPost("/", async Task<Results<Created<MemberDto>, ValidationProblem, ProblemHttpResult>> (NewMemberRequest request, AliadoDbContext db, UserManager<AliadoUser> users, SecurityLog log, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
                problems.Created(await AddAsync(db, users, log, workspace, request, cancellationToken), created => $"/api/v1/workspace/members/{created.Id}"))
            .WithSummary("Adds an account, by e-mail, as editor or viewer (owner only); adding a member again changes nothing.");
        group.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AliadoDbContext db, SecurityLog log, CurrentWorkspace workspace, Problems problems, CancellationToken cancellationToken) =>
                await RemoveAsync(db, log, workspace, id, cancellationToken) ? TypedResults.NoContent() : problems.NotFound())
            .WithSummary("Removes a member (owner only; the owner cannot be removed).");
    }
}
