namespace Aliado.Core.Relationships;

/// <summary>
/// Something I always want, whoever the client (to grow, to learn, to be seen…): kept once in my profile
/// and offered when I record my interests in a relationship, so it is reused, not retyped.
/// </summary>
public sealed class StandingInterest : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public string Description { get; private set; } = string.Empty;

    public int Importance { get; private set; } = 3;

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public static StandingInterest Create(Guid workspaceId, StandingInterestDraft draft)
    {
        var interest = new StandingInterest { WorkspaceId = workspaceId };
        interest.Apply(draft);
        return interest;
    }

    public void Apply(StandingInterestDraft draft)
    {
        Check.EnsureValid(draft.Validate());
        Description = draft.Description!.Trim();
        Importance = draft.Importance ?? Importance;
    }
}

public sealed record StandingInterestDraft(string? Description, int? Importance = null)
{
    public const int MaxPerWorkspace = 50;

    public IReadOnlyList<FieldError> Validate() => new Check()
        .Required("description", Description)
        .MaxLength("description", Description, Interest.DescriptionLength)
        .Range("importance", Importance, 1, 5)
        .Errors;
}
