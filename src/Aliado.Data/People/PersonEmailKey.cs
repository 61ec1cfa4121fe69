using Aliado.Core;

namespace Aliado.Data.People;

/// <summary>
/// One e-mail of one person, lower-cased: the index that finds an existing person by any of their
/// addresses (imports merge on it). Kept in step with <see cref="Core.People.Person.Emails"/> on every
/// save by <see cref="EmailKeys"/>; never written by features.
/// </summary>
public sealed class PersonEmailKey : IWorkspaceOwned
{
    public Guid WorkspaceId { get; init; }

    public Guid PersonId { get; init; }

    public string Email { get; init; } = string.Empty;
}
