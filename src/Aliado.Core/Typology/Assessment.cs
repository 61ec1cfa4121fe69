namespace Aliado.Core.Typology;

/// <summary>The traits observed in a person at a date, with notes. Anyone can be assessed, "me" included.</summary>
public sealed class Assessment : IWorkspaceOwned
{
    public const int MaxTraits = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid PersonId { get; init; }

    public DateTime AssessedAt { get; private set; }

    public string? Notes { get; private set; }

    public List<ObservedTrait> Traits { get; private set; } = [];

    /// <summary>The caller checked that every trait exists in this workspace and is not retired.</summary>
    public static Assessment Create(Guid workspaceId, Guid personId, AssessmentDraft draft, DateTime now)
    {
        Check.EnsureValid(draft.Validate(now));
        var assessment = new Assessment { WorkspaceId = workspaceId, PersonId = personId };
        assessment.Apply(draft, now);
        return assessment;
    }

    /// <summary>Corrects the date, the notes and the ticks; the caller checked that any newly ticked trait is in use.</summary>
    public void Apply(AssessmentDraft draft, DateTime now)
    {
        Check.EnsureValid(draft.Validate(now));
        AssessedAt = (draft.AssessedAt ?? (AssessedAt == default ? now : AssessedAt)).ToUniversalTime();
        Notes = string.IsNullOrWhiteSpace(draft.Notes) ? null : draft.Notes.Trim();
        var ticked = draft.TraitIds!.ToHashSet();
        Traits.RemoveAll(t => !ticked.Contains(t.TraitId));
        Traits.AddRange(ticked.Where(id => Traits.All(t => t.TraitId != id))
            .Select(id => new ObservedTrait { WorkspaceId = WorkspaceId, AssessmentId = Id, TraitId = id }));
    }
}

public sealed class ObservedTrait : IWorkspaceOwned
{
    public Guid WorkspaceId { get; init; }

    public Guid AssessmentId { get; init; }

    public Guid TraitId { get; init; }
}

public sealed record AssessmentDraft(DateTime? AssessedAt, IReadOnlyList<Guid>? TraitIds, string? Notes = null)
{
    public IReadOnlyList<FieldError> Validate(DateTime now)
    {
        var check = new Check().MaxLength("notes", Notes, Limits.LongText);
        if (TraitIds is not { Count: > 0 })
        {
            check.Add(new FieldError("traitIds", ErrorCodes.Required));
        }
        else if (TraitIds.Count > Assessment.MaxTraits)
        {
            check.Add(new FieldError("traitIds", ErrorCodes.TooMany, Assessment.MaxTraits));
        }
        if (AssessedAt is { } at && at.ToUniversalTime() > now + Running.InteractionDraft.FutureSlack)
        {
            check.Add(new FieldError("assessedAt", ErrorCodes.InFuture));
        }
        check.Within("assessedAt", AssessedAt);
        return check.Errors;
    }
}
