using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Aliado.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aliado.Platform;

/// <summary>
/// Accepts <c>Authorization: Bearer &lt;token&gt;</c> with a personal token. The token is looked up by
/// its SHA-256 hash; a revoked token, or one whose owner left the workspace, is refused.
/// </summary>
public sealed class TokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AliadoDbContext db,
    CallerCache callers,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string TokenPrefix = "aliado_";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = Hash(header["Bearer ".Length..].Trim());
        var key = "token:" + hash;
        var token = await callers.GetAsync(key, db, () => LoadAsync(hash), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }
        Context.Features.Set(token.Caller);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
            callers.Refresh(key, token with { LastUsedAt = now });
        }
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.UserId),
                new Claim(WorkspaceResolution.TokenWorkspaceClaim, token.WorkspaceId.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>
    /// The token tells us the workspace, so this one lookup runs before any workspace scope exists; it
    /// brings the account's memberships too, so the request resolves its workspace without another
    /// statement, and the access epoch, so the caller can be remembered.
    /// </summary>
    private async Task<(Token? Value, long? Epoch)> LoadAsync(string hash)
    {
        var tokens = db.ApiTokens.IgnoreQueryFilters().AsNoTracking().Where(t => t.Hash == hash && t.RevokedAt == null);
        // The memberships are filtered by the token's owner too, so their subquery is read off the UserId index.
        var owner = tokens.Select(t => t.UserId);
        var epoch = AccessEpoch.Current(db);
        var found = await tokens
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new
            {
                Token = new Token(t.Id, t.UserId, t.WorkspaceId, t.LastUsedAt, new Caller(u.SecurityStamp, u.TimeZone, db.Memberships.Include(m => m.Workspace).Where(m => m.UserId == u.Id && owner.Contains(m.UserId)).OrderBy(m => m.CreatedAt).ToList())),
                Epoch = epoch.FirstOrDefault(),
            })
            .FirstOrDefaultAsync(Context.RequestAborted);
        return (found?.Token, found?.Epoch);
    }

    private sealed record Token(Guid Id, string UserId, Guid WorkspaceId, DateTime? LastUsedAt, Caller Caller);

    public static string NewToken() => TokenPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
