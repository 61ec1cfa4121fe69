namespace Aliado.Core.Workspaces;

/// <summary>A private space of data. Everything a user records lives in exactly one workspace.</summary>
public sealed class Workspace
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Name { get; set; } = string.Empty;

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;
}

public enum WorkspaceRole
{
    Owner,
    Editor,
    Viewer,
}

/// <summary>An account's access to a workspace.</summary>
public sealed class Membership
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Workspace? Workspace { get; private set; }

    public required string UserId { get; init; }

    public WorkspaceRole Role { get; set; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public bool CanEdit => Role is WorkspaceRole.Owner or WorkspaceRole.Editor;

    public bool CanManageMembers => Role is WorkspaceRole.Owner;
}
