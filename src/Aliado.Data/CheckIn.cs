using Aliado.Core;

namespace Aliado.Data;

/// <summary>
/// A private link that asks the client the two pulse questions in their own words. Like calendar feeds
/// and tokens, only the SHA-256 hash of its secret is stored. One answer per link; the answer becomes a
/// pulse whose source is the client.
/// </summary>
public sealed class CheckIn : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid RelationshipId { get; init; }

    public required string Hash { get; init; }

    /// <summary>The language the client reads the page in ("en" or "es").</summary>
    public required string Culture { get; init; }

    public required string CreatedByUserId { get; init; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public DateTime ExpiresAt { get; init; }

    public DateTime? AnsweredAt { get; private set; }

    public Guid? PulseId { get; private set; }

    public bool IsOpenAt(DateTime now) => AnsweredAt is null && now < ExpiresAt;
}
