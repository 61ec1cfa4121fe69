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
        var assessment = new Assessment
        {
            WorkspaceId = workspaceId,
            PersonId = personId,
            AssessedAt = (draft.AssessedAt ?? now).ToUniversalTime(),
            Notes = string.IsNullOrWhiteSpace(draft.Notes) ? null : draft.Notes.Trim(),
        };
        assessment.Traits.AddRange(draft.TraitIds!.Distinct().Select(id => new ObservedTrait { WorkspaceId = workspaceId, AssessmentId = assessment.Id, TraitId = id }));
        return assessment;
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
