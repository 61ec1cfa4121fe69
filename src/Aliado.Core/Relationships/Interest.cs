namespace Aliado.Core.Relationships;

/// <summary>Something a party wants. Scope, visibility and confidence only describe the client's.</summary>
public sealed class Interest : IWorkspaceOwned
{
    public const int DescriptionLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid RelationshipId { get; init; }

    public InterestHolder Holder { get; init; }

    public string Description { get; private set; } = string.Empty;

    public InterestScope Scope { get; private set; } = InterestScope.Organizational;

    public Visibility Visibility { get; private set; } = Visibility.Stated;

    public int Importance { get; private set; } = 3;

    public int Confidence { get; private set; } = 3;

    public string? Evidence { get; private set; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public static Interest Create(Guid workspaceId, Guid relationshipId, InterestDraft draft)
    {
        var interest = new Interest
        {
            WorkspaceId = workspaceId,
            RelationshipId = relationshipId,
            Holder = draft.Holder ?? InterestHolder.Client,
        };
        interest.Apply(draft);
        return interest;
    }

    public void Apply(InterestDraft draft)
    {
        Check.EnsureValid(draft.Validate());
        Description = draft.Description!.Trim();
        Importance = draft.Importance ?? Importance;
        Evidence = string.IsNullOrWhiteSpace(draft.Evidence) ? null : draft.Evidence.Trim();
        if (Holder == InterestHolder.Client)
        {
            Scope = draft.Scope ?? Scope;
            Visibility = draft.Visibility ?? Visibility;
            Confidence = draft.Confidence ?? Confidence;
        }
    }

    /// <summary>Still to study: the client's interests we only inferred, or hold with little confidence.</summary>
    public bool NeedsStudy => Holder == InterestHolder.Client && (Visibility == Visibility.Inferred || Confidence <= 2);
}

public sealed record InterestDraft(
    InterestHolder? Holder,
    string? Description,
    InterestScope? Scope = null,
    Visibility? Visibility = null,
    int? Importance = null,
    int? Confidence = null,
    string? Evidence = null)
{
    public IReadOnlyList<FieldError> Validate() => new Check()
        .Required("description", Description)
        .MaxLength("description", Description, Interest.DescriptionLength)
        .Range("importance", Importance, 1, 5)
        .Range("confidence", Confidence, 1, 5)
        .MaxLength("evidence", Evidence, Limits.LongText)
        .Errors;
}
