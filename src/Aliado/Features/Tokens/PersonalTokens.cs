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

    /// <summary>Tokens belong to one workspace each; these two look across all of the account's workspaces on purpose.</summary>
    public Task<int> CountActiveEverywhereAsync(string userId, CancellationToken cancellationToken = default) =>
        db.ApiTokens.IgnoreQueryFilters().CountAsync(t => t.UserId == userId && t.RevokedAt == null, cancellationToken);

    public async Task<int> RevokeAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        var active = await db.ApiTokens.IgnoreQueryFilters().Where(t => t.UserId == userId && t.RevokedAt == null)
            .Select(t => new { t.WorkspaceId, t.Name }).ToListAsync(cancellationToken);
        var revoked = await db.ApiTokens.IgnoreQueryFilters().Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow), cancellationToken);
        foreach (var token in active)
        {
            await log.RecordAsync(token.WorkspaceId, Workspaces.SecurityLog.TokenRevoked, token.Name, userId, cancellationToken);
        }
        return revoked;
    }

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
