using Aliado.Core;

namespace Aliado.Data;

/// <summary>
/// A personal API token, bound to one account and one workspace. Only its SHA-256 hash is stored; the
/// token itself is shown once, when it is created.
/// </summary>
public sealed class ApiToken : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public required string UserId { get; init; }

    public required string Name { get; init; }

    /// <summary>The first characters of the token, so the user can tell tokens apart.</summary>
    public required string Prefix { get; init; }

    public required string Hash { get; init; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void Revoke() => RevokedAt ??= DateTime.UtcNow;
}
