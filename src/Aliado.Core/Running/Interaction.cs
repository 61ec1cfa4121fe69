namespace Aliado.Core.Running;

public enum Channel
{
    Meeting,
    Call,
    Message,
    EMail,
    Other,
}

/// <summary>
/// A conversation or exchange with the client: what was said, what was agreed, and how well I listened,
/// was clear and showed empathy (1–5 each, my own honest rating). Every interaction is a touch.
/// </summary>
public sealed class Interaction : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid RelationshipId { get; init; }

    public DateTime OccurredAt { get; private set; }

    public Channel Channel { get; private set; }

    public string Summary { get; private set; } = string.Empty;

    public string? NextSteps { get; private set; }

    public int? Listening { get; private set; }

    public int? Clarity { get; private set; }

    public int? Empathy { get; private set; }

    /// <summary>The client's interests this conversation reinforced: step 6 selling, seen conversation by conversation.</summary>
    public List<InteractionInterest> Reinforced { get; private set; } = [];

    public static Interaction Create(Guid workspaceId, Guid relationshipId, InteractionDraft draft, DateTime now)
    {
        var interaction = new Interaction { WorkspaceId = workspaceId, RelationshipId = relationshipId };
        interaction.Apply(draft, now);
        return interaction;
    }

    public void Apply(InteractionDraft draft, DateTime now)
    {
        Check.EnsureValid(draft.Validate(now));
        OccurredAt = (draft.OccurredAt ?? now).ToUniversalTime();
        Channel = draft.Channel ?? Channel.Meeting;
        Summary = draft.Summary!.Trim();
        NextSteps = string.IsNullOrWhiteSpace(draft.NextSteps) ? null : draft.NextSteps.Trim();
        (Listening, Clarity, Empathy) = (draft.Listening, draft.Clarity, draft.Empathy);
        if (draft.ReinforcedInterestIds is { } wanted)
        {
            var ids = wanted.ToHashSet();
            Reinforced.RemoveAll(r => !ids.Contains(r.InterestId));
            foreach (var id in ids.Where(id => Reinforced.All(r => r.InterestId != id)))
            {
                Reinforced.Add(new InteractionInterest { WorkspaceId = WorkspaceId, InteractionId = Id, InterestId = id });
            }
        }
    }
}

/// <summary>"This conversation reinforced that client interest."</summary>
public sealed class InteractionInterest : IWorkspaceOwned
{
    public Guid WorkspaceId { get; init; }

    public Guid InteractionId { get; init; }

    public Guid InterestId { get; init; }
}

public sealed record InteractionDraft(
    DateTime? OccurredAt,
    Channel? Channel,
    string? Summary,
    string? NextSteps = null,
    int? Listening = null,
    int? Clarity = null,
    int? Empathy = null,
    IReadOnlyList<Guid>? ReinforcedInterestIds = null)
{
    public const int MaxReinforced = 50;

    /// <summary>A day of slack covers time zones; anything later is a typing slip.</summary>
    public static readonly TimeSpan FutureSlack = TimeSpan.FromDays(1);

    public IReadOnlyList<FieldError> Validate(DateTime now)
    {
        var check = new Check()
            .Required("summary", Summary)
            .MaxLength("summary", Summary, Limits.LongText)
            .MaxLength("nextSteps", NextSteps, Limits.LongText)
            .Range("listening", Listening, 1, 5)
            .Range("clarity", Clarity, 1, 5)
            .Range("empathy", Empathy, 1, 5);
        if (ReinforcedInterestIds is { Count: > MaxReinforced })
        {
            check.Add(new FieldError("reinforcedInterestIds", ErrorCodes.TooMany, MaxReinforced));
        }
        if (OccurredAt is { } at && at.ToUniversalTime() > now + FutureSlack)
        {
            check.Add(new FieldError("occurredAt", ErrorCodes.InFuture));
        }
        check.Within("occurredAt", OccurredAt);
        return check.Errors;
    }
}
