namespace Aliado.Core.Typology;

/// <summary>The role I was in when the mistake happened: everyone is a client one moment and a provider the next.</summary>
public enum LessonRole
{
    AsClient,
    AsProvider,
}

/// <summary>An improvement opportunity learned from a mistake, mine or the other side's: what happened, what we learned, what we do now.</summary>
public sealed class Lesson : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public LessonRole Role { get; private set; }

    public Guid? RelationshipId { get; private set; }

    public string WhatHappened { get; private set; } = string.Empty;

    public string WhatWeLearned { get; private set; } = string.Empty;

    public string? Action { get; private set; }

    public DateTime LearnedAt { get; private set; }

    /// <summary>All the text, lower-cased and without accents, for searching.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public static Lesson Create(Guid workspaceId, LessonDraft draft, DateTime now)
    {
        var lesson = new Lesson { WorkspaceId = workspaceId };
        lesson.Apply(draft, now);
        return lesson;
    }

    /// <summary>The caller checked that the relationship, if any, is in this workspace.</summary>
    public void Apply(LessonDraft draft, DateTime now)
    {
        Check.EnsureValid(draft.Validate(now));
        Role = draft.Role!.Value;
        RelationshipId = draft.RelationshipId;
        WhatHappened = draft.WhatHappened!.Trim();
        WhatWeLearned = draft.WhatWeLearned!.Trim();
        Action = string.IsNullOrWhiteSpace(draft.Action) ? null : draft.Action.Trim();
        LearnedAt = (draft.LearnedAt ?? now).ToUniversalTime();
        SearchText = TextSearch.Normalize($"{WhatHappened} {WhatWeLearned} {Action}");
    }
}

public sealed record LessonDraft(LessonRole? Role, Guid? RelationshipId, string? WhatHappened, string? WhatWeLearned, string? Action = null, DateTime? LearnedAt = null)
{
    public IReadOnlyList<FieldError> Validate(DateTime now)
    {
        var check = new Check()
            .Required("role", Role)
            .Required("whatHappened", WhatHappened)
            .MaxLength("whatHappened", WhatHappened, Limits.LongText)
            .Required("whatWeLearned", WhatWeLearned)
            .MaxLength("whatWeLearned", WhatWeLearned, Limits.LongText)
            .MaxLength("action", Action, Limits.LongText);
        if (LearnedAt is { } at && at.ToUniversalTime() > now + Running.InteractionDraft.FutureSlack)
        {
            check.Add(new FieldError("learnedAt", ErrorCodes.InFuture));
        }
        check.Within("learnedAt", LearnedAt);
        return check.Errors;
    }
}
