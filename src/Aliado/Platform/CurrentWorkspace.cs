using Aliado.Core.Workspaces;

namespace Aliado.Platform;

/// <summary>The signed-in account and the workspace this request acts in, resolved once per request.</summary>
public sealed class CurrentWorkspace
{
    public string? UserId { get; private set; }

    public Membership? Membership { get; private set; }

    /// <summary>Every workspace the account can open, for the switcher.</summary>
    public IReadOnlyList<Membership> Available { get; private set; } = [];

    public Guid Id => Membership?.WorkspaceId ?? throw new InvalidOperationException("No workspace was resolved for this request.");

    public string Name => Membership?.Workspace?.Name ?? string.Empty;

    public bool IsResolved => Membership is not null;

    public bool CanEdit => Membership?.CanEdit == true;

    public bool CanManageMembers => Membership?.CanManageMembers == true;

    internal void Resolve(string userId, Membership membership, IReadOnlyList<Membership> available)
    {
        UserId = userId;
        Membership = membership;
        Available = available;
    }
}
