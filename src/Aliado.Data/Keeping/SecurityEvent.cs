using Aliado.Core;

namespace Aliado.Data.Keeping;

/// <summary>
/// Something that matters for who can get in: a sign-in, a failed one, a lockout, a member or token or
/// feed change. The workspace owner reads them; nothing private about clients is ever in one.
/// </summary>
public sealed class SecurityEvent : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public DateTime At { get; init; } = DateTime.UtcNow;

    /// <summary>sign-in, sign-in-failed, locked-out, sign-out, password-changed, member-added, …</summary>
    public required string Kind { get; init; }

    /// <summary>Whose account it concerns (the e-mail they signed in with, or the member added).</summary>
    public string? Subject { get; init; }

    /// <summary>Who did it, when it was someone signed in.</summary>
    public string? ById { get; init; }

    public string? Address { get; init; }
}
