namespace Aliado.Core.Relationships;

/// <summary>A link between one of my interests and one of the client's: they meet fully, partly, or clash.</summary>
public sealed class Coincidence : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid RelationshipId { get; init; }

    public Guid ProviderInterestId { get; private set; }

    public Guid ClientInterestId { get; private set; }

    public CoincidenceStrength Strength { get; private set; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public static Coincidence Create(Guid workspaceId, Guid relationshipId, Guid providerInterestId, Guid clientInterestId, CoincidenceStrength strength) =>
        new() { WorkspaceId = workspaceId, RelationshipId = relationshipId, ProviderInterestId = providerInterestId, ClientInterestId = clientInterestId, Strength = strength };

    public void Change(Guid providerInterestId, Guid clientInterestId, CoincidenceStrength strength)
    {
        ProviderInterestId = providerInterestId;
        ClientInterestId = clientInterestId;
        Strength = strength;
    }
}
