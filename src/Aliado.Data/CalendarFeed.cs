using Aliado.Core;

namespace Aliado.Data;

/// <summary>
/// A user's calendar subscription for one workspace. The secret in its address is the only key, so
/// only its SHA-256 hash is stored; revoking deletes the row and the old address stops working.
/// </summary>
public sealed class CalendarFeed : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public required string UserId { get; init; }

    public required string Hash { get; init; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
}
