namespace Aliado.Core.People;

/// <summary>
/// One link in a person's circle: "person {kind} other person", with the other person's power and
/// interest (for the power–interest grid) and their attitude toward me.
/// </summary>
public sealed class Tie : IWorkspaceOwned
{
    public const int MinScale = 1;
    public const int MaxScale = 5;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid PersonId { get; init; }

    public Person? Person { get; private set; }

    public Guid OtherPersonId { get; private set; }

    public Person? OtherPerson { get; private set; }

    public TieKind Kind { get; private set; }

    public int Power { get; private set; } = 3;

    public int Interest { get; private set; } = 3;

    public Attitude Attitude { get; private set; } = Attitude.Neutral;

    public string? Notes { get; private set; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    public static Tie Create(Guid workspaceId, Guid personId, TieDraft draft)
    {
        var tie = new Tie { WorkspaceId = workspaceId, PersonId = personId };
        tie.Apply(draft);
        return tie;
    }

    public void Apply(TieDraft draft)
    {
        Check.EnsureValid(draft.Validate(PersonId));
        OtherPersonId = draft.OtherPersonId!.Value;
        Kind = draft.Kind ?? TieKind.Peer;
        Power = draft.Power ?? Power;
        Interest = draft.Interest ?? Interest;
        Attitude = draft.Attitude ?? Attitude;
        Notes = string.IsNullOrWhiteSpace(draft.Notes) ? null : draft.Notes.Trim();
    }

    /// <summary>Two ties are the same when they join the same two people in the same way.</summary>
    public bool SameLinkAs(Guid otherPersonId, TieKind kind) => OtherPersonId == otherPersonId && Kind == kind;
}

public sealed record TieDraft(
    Guid? OtherPersonId,
    TieKind? Kind,
    int? Power = null,
    int? Interest = null,
    Attitude? Attitude = null,
    string? Notes = null)
{
    public IReadOnlyList<FieldError> Validate(Guid personId)
    {
        var check = new Check()
            .Required("otherPersonId", OtherPersonId)
            .Required("kind", Kind)
            .Range("power", Power, Tie.MinScale, Tie.MaxScale)
            .Range("interest", Interest, Tie.MinScale, Tie.MaxScale)
            .MaxLength("notes", Notes, Limits.LongText);
        if (OtherPersonId == personId)
        {
            check.Add(new FieldError("otherPersonId", ErrorCodes.TieToSelf));
        }
        return check.Errors;
    }
}
