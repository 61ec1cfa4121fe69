using Aliado.Core;

namespace Aliado.Data;

/// <summary>
/// A contacts file uploaded on the web, held between its preview and the user's confirmation. In the
/// database, not on a web node's disk, so any node can finish it; removed on import or after an hour.
/// </summary>
public sealed class PendingImport : IWorkspaceOwned
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public required string UserId { get; init; }

    public required string FileName { get; init; }

    public required byte[] Content { get; init; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
}
