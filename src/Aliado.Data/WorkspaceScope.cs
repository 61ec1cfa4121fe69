namespace Aliado.Data;

/// <summary>
/// Which workspace the current unit of work acts in, and who acts. Until <see cref="Enter"/> is called
/// every workspace-owned query returns nothing and every write is refused, so a forgotten scope fails safe.
/// </summary>
public sealed class WorkspaceScope
{
    public Guid? WorkspaceId { get; private set; }

    /// <summary>The account whose changes these are; null for a check-in link or the command line.</summary>
    public string? ActorId { get; private set; }

    /// <summary>The workspace's health thresholds, known once the request resolved its workspace.</summary>
    public Aliado.Core.Running.HealthPolicy HealthPolicy { get; private set; } = Aliado.Core.Running.HealthPolicy.Default;

    /// <summary>The workspace's verdict thresholds, once the request resolved its workspace (null: read them from the database).</summary>
    public Aliado.Core.Relationships.VerdictPolicy? VerdictPolicy { get; private set; }

    /// <summary>The version the caller says it last saw of one record (If-Match, or a form's hidden field).</summary>
    public ExpectedVersion? Expected { get; private set; }

    /// <summary>
    /// Where the records created in this unit of work come from (a contacts file's format, a workspace
    /// document): each then gets one history line naming it, instead of one line per field it was made with.
    /// </summary>
    public string? ImportedFrom { get; private set; }

    public void Use(Aliado.Core.Running.HealthPolicy policy) => HealthPolicy = policy;

    public void Use(Aliado.Core.Relationships.VerdictPolicy policy) => VerdictPolicy = policy;

    /// <summary>Until the returned handle is disposed, what is created is recorded as imported from <paramref name="origin"/>.</summary>
    public IDisposable Importing(string origin)
    {
        ImportedFrom = origin;
        return new Ending(this);
    }

    private sealed class Ending(WorkspaceScope scope) : IDisposable
    {
        public void Dispose() => scope.ImportedFrom = null;
    }

    public void ActAs(string? userId) => ActorId = userId;

    public void Expect(Guid recordId, long version) => Expected = new ExpectedVersion(recordId, version);

    public void Enter(Guid workspaceId)
    {
        if (WorkspaceId is { } current && current != workspaceId)
        {
            throw new InvalidOperationException("This unit of work is already scoped to another workspace.");
        }
        WorkspaceId = workspaceId;
    }

    public static WorkspaceScope For(Guid workspaceId)
    {
        var scope = new WorkspaceScope();
        scope.Enter(workspaceId);
        return scope;
    }
}

public sealed record ExpectedVersion(Guid RecordId, long Version);

/// <summary>The record changed since the version the caller saw; nothing was written.</summary>
public sealed class StaleVersionException(Guid recordId, long current)
    : Exception($"Record {recordId} is at version {current}, not the one the caller saw.")
{
    public Guid RecordId { get; } = recordId;

    public long Current { get; } = current;
}
