using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Workspaces;

public sealed record SecurityEventDto(DateTime At, string Kind, string? Subject, string? By, string? Address);

/// <summary>
/// Who got in, who failed, who was let in or shown out: written in its own unit of work, so an event is
/// kept even when the request that caused it fails, and read by the workspace's owner. The operator's
/// log gets the same events by account id, never by address or e-mail.
/// </summary>
public sealed partial class SecurityLog(IServiceScopeFactory scopes, IHttpContextAccessor http, ILogger<SecurityLog> logger)
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignOut = "sign-out";
    public const string PasswordChanged = "password-changed";
    public const string MemberAdded = "member-added";
    public const string MemberRemoved = "member-removed";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string FeedCreated = "feed-created";
    public const string FeedRevoked = "feed-revoked";

    public Task RecordAsync(Guid workspaceId, string kind, string? subject, string? byUserId, CancellationToken cancellationToken = default) =>
        RecordAsync(workspaceId, kind, subject, byUserId, byUserId, cancellationToken);

    /// <summary>A sign-in, failed sign-in or lockout: the operator's log names the account tried (by hash) even when nobody got in.</summary>
    public Task RecordSignInAsync(Guid workspaceId, string kind, string email, string accountId, bool succeeded) =>
        RecordAsync(workspaceId, kind, email, succeeded ? accountId : null, accountId, CancellationToken.None);

    private async Task RecordAsync(Guid workspaceId, string kind, string? subject, string? byUserId, string? aboutUserId, CancellationToken cancellationToken)
    {
        var account = RequestLogLine.AccountHash(aboutUserId);
        Recorded(logger, kind, workspaceId, account, Address);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
        var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
        db.SecurityEvents.Add(new SecurityEvent
        {
            WorkspaceId = workspaceId,
            Kind = kind,
            Subject = subject,
            ById = byUserId,
            Address = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task<PagedList<SecurityEventDto>> ReadAsync(AliadoDbContext db, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await db.SecurityEvents.CountAsync(cancellationToken);
        var items = await db.SecurityEvents.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(e => new SecurityEventDto(e.At, e.Kind, e.Subject, db.Users.Where(u => u.Id == e.ById).Select(u => u.Email).FirstOrDefault(), e.Address))
            .ToListAsync(cancellationToken);
        return new PagedList<SecurityEventDto>(items, page.Page, page.PageSize, total);
    }

    /// <summary>A failed sign-in with an address no account uses: logged for the operator (no address), kept in no workspace.</summary>
    public void UnknownAccountSignInFailed() => UnknownAccount(logger, SignInFailed, Address);

    private string Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "-";

    // The client address is kept for security events only (brute force, a stolen session), never in the request line.
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Security event {Kind} in workspace {WorkspaceId} for account {UserHash} from {Address}")]
    private static partial void Recorded(ILogger logger, string kind, Guid workspaceId, string userHash, string address);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Security event {Kind} for an address no account uses, from {Address}")]
    private static partial void UnknownAccount(ILogger logger, string kind, string address);
}
