namespace Aliado.Core.Relationships;

/// <summary>Something I can give the client (ideas, time, documentation, management…): the value map of step 4.</summary>
public sealed class Offering : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid RelationshipId { get; init; }

    public string Description { get; private set; } = string.Empty;

    public ClientBuys ClientBuys { get; private set; } = ClientBuys.Unknown;

    public PerceivedValue PerceivedValue { get; private set; } = PerceivedValue.Medium;

    public Willingness Willingness { get; private set; } = Willingness.Willing;

    public List<OfferingServes> Serves { get; private set; } = [];

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public static Offering Create(Guid workspaceId, Guid relationshipId, OfferingDraft draft)
    {
        var offering = new Offering { WorkspaceId = workspaceId, RelationshipId = relationshipId };
        offering.Apply(draft);
        return offering;
    }

    /// <summary>The caller has checked that every served interest is a client interest of this relationship.</summary>
    public void Apply(OfferingDraft draft)
    {
        Check.EnsureValid(draft.Validate());
        Description = draft.Description!.Trim();
        ClientBuys = draft.ClientBuys ?? ClientBuys;
        PerceivedValue = draft.PerceivedValue ?? PerceivedValue;
        Willingness = draft.Willingness ?? Willingness;
        var wanted = (draft.ServesInterestIds ?? []).Distinct().ToHashSet();
        Serves.RemoveAll(s => !wanted.Contains(s.InterestId));
        foreach (var id in wanted.Where(id => Serves.All(s => s.InterestId != id)))
        {
            Serves.Add(new OfferingServes { WorkspaceId = WorkspaceId, OfferingId = Id, InterestId = id });
        }
    }
}

/// <summary>"This offering serves that client interest."</summary>
public sealed class OfferingServes : IWorkspaceOwned
{
    public Guid WorkspaceId { get; init; }

    public Guid OfferingId { get; init; }

    public Guid InterestId { get; init; }
}

public sealed record OfferingDraft(
    string? Description,
    ClientBuys? ClientBuys = null,
    PerceivedValue? PerceivedValue = null,
    Willingness? Willingness = null,
    IReadOnlyList<Guid>? ServesInterestIds = null)
{
    public const int MaxServed = 50;

    public IReadOnlyList<FieldError> Validate()
    {
        var check = new Check()
            .Required("description", Description)
            .MaxLength("description", Description, Interest.DescriptionLength);
        if (ServesInterestIds is { Count: > MaxServed })
        {
            check.Add(new FieldError("servesInterestIds", ErrorCodes.TooMany, MaxServed));
        }
        return check.Errors;
    }
}
