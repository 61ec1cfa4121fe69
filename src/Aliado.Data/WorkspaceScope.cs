namespace Aliado.Data;

/// <summary>
/// Which workspace the current unit of work acts in. Until <see cref="Enter"/> is called every
/// workspace-owned query returns nothing and every write is refused, so a forgotten scope fails safe.
/// </summary>
public sealed class WorkspaceScope
{
    public Guid? WorkspaceId { get; private set; }

    /// <summary>The workspace's health thresholds, known once the request resolved its workspace.</summary>
    public Aliado.Core.Running.HealthPolicy HealthPolicy { get; private set; } = Aliado.Core.Running.HealthPolicy.Default;

    public void Use(Aliado.Core.Running.HealthPolicy policy) => HealthPolicy = policy;

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
