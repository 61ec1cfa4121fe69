using Aliado.Core;

namespace Aliado.Data.Keeping;

/// <summary>
/// One field of one record changed by one save: who, when, before and after. Written by the context for
/// every workspace record, so nothing edits without leaving a trace.
/// </summary>
public sealed class Change : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public DateTime At { get; init; }

    public string? ById { get; init; }

    /// <summary>The record's kind in the API's words (person, interest, proposal…).</summary>
    public required string Kind { get; init; }

    public Guid RecordId { get; init; }

    /// <summary>The record's version after this change, so a stale form can show what changed since.</summary>
    public long Version { get; init; }

    /// <summary>The person whose history this belongs to, when there is one.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>The relationship whose history this belongs to, when there is one.</summary>
    public Guid? RelationshipId { get; init; }

    /// <summary>The field in the API's words, or created / deleted / restored for the record as a whole.</summary>
    public required string Field { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
