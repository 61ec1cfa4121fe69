using Aliado.Data;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Tokens;

public sealed record IssuedToken(ApiToken Token, string Secret);

/// <summary>Personal API tokens of the current account in the current workspace.</summary>
public sealed class PersonalTokens(AliadoDbContext db, Workspaces.SecurityLog log)
{
    public const int MaxNameLength = 100;

    public async Task<IssuedToken> IssueAsync(string userId, Guid workspaceId, string? name, CancellationToken cancellationToken = default)
    {
        var secret = TokenAuthentication.NewToken();
        var token = new ApiToken
        {
            WorkspaceId = workspaceId,
            UserId = userId,
            Name = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim()[..Math.Min(name.Trim().Length, MaxNameLength)],
            Prefix = secret[..12],
            Hash = TokenAuthentication.Hash(secret),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(workspaceId, Workspaces.SecurityLog.TokenCreated, token.Name, userId, cancellationToken);
        return new IssuedToken(token, secret);
    }

    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);

    public async Task<bool> RevokeAsync(string userId, Guid tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return false;
        }
        token.Revoke();
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(token.WorkspaceId, Workspaces.SecurityLog.TokenRevoked, token.Name, userId, cancellationToken);
        return true;
    }
}
