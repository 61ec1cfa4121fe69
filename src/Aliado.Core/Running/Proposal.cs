namespace Aliado.Core.Running;

/// <summary>
/// Step 6, a personalised proposal: what I offer, pitched in the client's own terms, tied to the client
/// interests it serves (at least one) and the offerings behind it. Its answer is recorded once.
/// </summary>
public sealed class Proposal : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid RelationshipId { get; init; }

    public string Title { get; private set; } = string.Empty;

    public string? Pitch { get; private set; }

    public DateTime ProposedAt { get; private set; }

    public List<ProposalInterest> Interests { get; private set; } = [];

    public List<ProposalOffering> Offerings { get; private set; } = [];

    public Answer Answer { get; private set; } = Answer.Pending;

    public DateTime? AnsweredAt { get; private set; }

    public Reaction? Reaction { get; private set; }

    public Reading? Reading { get; private set; }

    /// <summary>What may be behind a decline: something the client may not be sharing.</summary>
    public string? Behind { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }

    /// <summary>
    /// Accepted and declined are final. "No answer" is not: a client may still answer late, so it can
    /// turn into an acceptance or a decline once.
    /// </summary>
    public bool CanBeAnswered(Answer answer) => Answer == Answer.Pending || (Answer == Answer.NoAnswer && answer != Answer.NoAnswer);

    public static Proposal Create(Guid workspaceId, Guid relationshipId, ProposalDraft draft, DateTime now)
    {
        var proposal = new Proposal { WorkspaceId = workspaceId, RelationshipId = relationshipId };
        proposal.Apply(draft, now);
        return proposal;
    }

    /// <summary>The caller has checked that the interests are client interests, and the offerings belong, to this relationship.</summary>
    public void Apply(ProposalDraft draft, DateTime now)
    {
        Check.EnsureValid(draft.Validate(now));
        Title = draft.Title!.Trim();
        Pitch = string.IsNullOrWhiteSpace(draft.Pitch) ? null : draft.Pitch.Trim();
        ProposedAt = (draft.ProposedAt ?? now).ToUniversalTime();
        var interests = draft.InterestIds!.ToHashSet();
        Interests.RemoveAll(i => !interests.Contains(i.InterestId));
        Interests.AddRange(interests.Where(id => Interests.All(i => i.InterestId != id))
            .Select(id => new ProposalInterest { WorkspaceId = WorkspaceId, ProposalId = Id, InterestId = id }));
        var offerings = (draft.OfferingIds ?? []).ToHashSet();
        Offerings.RemoveAll(o => !offerings.Contains(o.OfferingId));
        Offerings.AddRange(offerings.Where(id => Offerings.All(o => o.OfferingId != id))
            .Select(id => new ProposalOffering { WorkspaceId = WorkspaceId, ProposalId = Id, OfferingId = id }));
    }

    /// <summary>
    /// Records the client's answer. A decline is read charitably when the reaction is unknown, and every
    /// decline gets a follow-up date after the cool-off. Nothing here touches the verdict.
    /// </summary>
    public void Record(AnswerDraft draft, DateTime now)
    {
        if (!CanBeAnswered(draft.Answer ?? Answer.Pending))
        {
            throw new InvalidOperationException("This proposal was already answered.");
        }
        Correct(draft, now);
    }

    /// <summary>
    /// Puts right an answer recorded by mistake: any answer may replace it, and "pending" takes it back.
    /// Unlike <see cref="Record"/> this is an edit of what was written, so the caller guards it with a version.
    /// </summary>
    public void Correct(AnswerDraft draft, DateTime now)
    {
        Check.EnsureValid(draft.ValidateCorrection(ProposedAt, now));
        if (draft.Answer == Answer.Pending)
        {
            (Answer, AnsweredAt, Reaction, Reading, Behind, FollowUpOn) = (Answer.Pending, null, null, null, null, null);
            return;
        }
        var answer = draft.Answer!.Value;
        Answer = answer;
        AnsweredAt = (draft.AnsweredAt ?? now).ToUniversalTime();
        if (answer == Answer.Declined)
        {
            Reaction = draft.Reaction ?? Running.Reaction.Unknown;
            Reading = Tolerance.ReadingOf(Reaction.Value);
            Behind = string.IsNullOrWhiteSpace(draft.Behind) ? null : draft.Behind.Trim();
            FollowUpOn = Tolerance.FollowUpOn(AnsweredAt.Value);
        }
        else
        {
            (Reaction, Reading, Behind, FollowUpOn) = (null, null, null, null);
        }
    }
}

/// <summary>"This proposal serves that client interest."</summary>
public sealed class ProposalInterest : IWorkspaceOwned
{
    public Guid WorkspaceId { get; init; }

    public Guid ProposalId { get; init; }

    public Guid InterestId { get; init; }
}

/// <summary>"This offering is behind that proposal."</summary>
public sealed class ProposalOffering : IWorkspaceOwned
{
    public Guid WorkspaceId { get; init; }

    public Guid ProposalId { get; init; }

    public Guid OfferingId { get; init; }
}

public sealed record ProposalDraft(
    string? Title,
    string? Pitch,
    IReadOnlyList<Guid>? InterestIds,
    IReadOnlyList<Guid>? OfferingIds = null,
    DateTime? ProposedAt = null)
{
    public const int MaxLinks = 50;

    public IReadOnlyList<FieldError> Validate(DateTime now)
    {
        var check = new Check()
            .Required("title", Title)
            .MaxLength("title", Title, Limits.ShortText)
            .MaxLength("pitch", Pitch, Limits.LongText);
        if (InterestIds is not { Count: > 0 })
        {
            check.Add(new FieldError("interestIds", ErrorCodes.Required));
        }
        else if (InterestIds.Count > MaxLinks)
        {
            check.Add(new FieldError("interestIds", ErrorCodes.TooMany, MaxLinks));
        }
        if (OfferingIds is { Count: > MaxLinks })
        {
            check.Add(new FieldError("offeringIds", ErrorCodes.TooMany, MaxLinks));
        }
        if (ProposedAt is { } at && at.ToUniversalTime() > now + InteractionDraft.FutureSlack)
        {
            check.Add(new FieldError("proposedAt", ErrorCodes.InFuture));
        }
        check.Within("proposedAt", ProposedAt);
        return check.Errors;
    }
}

public sealed record AnswerDraft(Answer? Answer, DateTime? AnsweredAt = null, Reaction? Reaction = null, string? Behind = null)
{
    public IReadOnlyList<FieldError> Validate(DateTime proposedAt, DateTime now)
    {
        var check = new Check()
            .Required("answer", Answer)
            .MaxLength("behind", Behind, Limits.LongText);
        if (Answer == Running.Answer.Pending)
        {
            check.Add(new FieldError("answer", ErrorCodes.OneOf, "accepted, declined, no-answer"));
        }
        if (AnsweredAt is { } at && at.ToUniversalTime() > now + InteractionDraft.FutureSlack)
        {
            check.Add(new FieldError("answeredAt", ErrorCodes.InFuture));
        }
        else if (AnsweredAt is { } when && when.ToUniversalTime() < proposedAt)
        {
            check.Add(new FieldError("answeredAt", ErrorCodes.BeforeStart));
        }
        check.Within("answeredAt", AnsweredAt);
        return check.Errors;
    }

    /// <summary>As <see cref="Validate"/>, and "pending" is allowed too: a correction may take an answer back.</summary>
    public IReadOnlyList<FieldError> ValidateCorrection(DateTime proposedAt, DateTime now) =>
        Answer == Running.Answer.Pending ? [] : Validate(proposedAt, now);
}
