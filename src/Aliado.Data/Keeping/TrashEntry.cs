using Aliado.Core;

namespace Aliado.Data.Keeping;

/// <summary>
/// One deletion the user can undo for <see cref="TrashBin.KeepDays"/> days. Every row that went with it
/// carries this entry's id in its TrashId column, so restoring or purging touches exactly that set.
/// </summary>
public sealed class TrashEntry : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    /// <summary>What was deleted, in the API's words: person, relationship, conversation…</summary>
    public required string Kind { get; init; }

    /// <summary>The id of the record the user deleted (the root of what went).</summary>
    public Guid RecordId { get; init; }

    /// <summary>How the user knew it, kept so the trash can list it without reading trashed rows.</summary>
    public required string Name { get; init; }

    public DateTime DeletedAt { get; init; } = DateTime.UtcNow;

    public string? DeletedById { get; init; }
}
