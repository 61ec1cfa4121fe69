namespace Aliado.Core;

/// <summary>A row that belongs to exactly one workspace; storage scopes every query by it.</summary>
public interface IWorkspaceOwned
{
    Guid WorkspaceId { get; }
}
