namespace Aliado.Core.Running;

/// <summary>Whose voice a pulse is: my reading of the client, or the client's own answer to a check-in.</summary>
public enum PulseSource
{
    Me,
    Client,
}

/// <summary>
/// Step 8's check: do they feel I am on their side, do they get what they buy (1–5 each), on what
/// evidence; optionally the trust ratings (1–10 each).
/// </summary>
public sealed class Pulse : IWorkspaceOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid RelationshipId { get; init; }

    public DateTime TakenAt { get; private set; }

    public PulseSource Source { get; private set; } = PulseSource.Me;

    public int OnTheirSide { get; private set; }

    public int GettingWhatTheyBuy { get; private set; }

    public string? Evidence { get; private set; }

    public int? Credibility { get; private set; }

    public int? Reliability { get; private set; }

    public int? Intimacy { get; private set; }

    public int? SelfOrientation { get; private set; }

    public TrustRatings? Trust => TrustRatings.From(Credibility, Reliability, Intimacy, SelfOrientation);

    public PulseReading Reading => new(OnTheirSide, GettingWhatTheyBuy, TakenAt);

    /// <summary>
    /// How far my latest reading and the client's latest answer lie apart (the larger gap of the two
    /// questions), or null until both voices have spoken.
    /// </summary>
    public static int? GapBetween(PulseReading? mine, PulseReading? theirs) =>
        mine is null || theirs is null
            ? null
            : Math.Max(Math.Abs(mine.OnTheirSide - theirs.OnTheirSide), Math.Abs(mine.GettingWhatTheyBuy - theirs.GettingWhatTheyBuy));

    public static Pulse Create(Guid workspaceId, Guid relationshipId, PulseDraft draft, DateTime now, PulseSource source = PulseSource.Me)
    {
        var pulse = new Pulse { Source = source, WorkspaceId = workspaceId, RelationshipId = relationshipId };
        pulse.Apply(draft, now);
        return pulse;
    }

    /// <summary>What the client answered through a check-in is their voice: it can be deleted, never rewritten.</summary>
    public bool CanBeEdited => Source == PulseSource.Me;

    public void Apply(PulseDraft draft, DateTime now)
    {
        Check.EnsureValid(draft.Validate(now));
        TakenAt = (draft.TakenAt ?? (TakenAt == default ? now : TakenAt)).ToUniversalTime();
        OnTheirSide = draft.OnTheirSide!.Value;
        GettingWhatTheyBuy = draft.GettingWhatTheyBuy!.Value;
        Evidence = string.IsNullOrWhiteSpace(draft.Evidence) ? null : draft.Evidence.Trim();
        Credibility = draft.Credibility;
        Reliability = draft.Reliability;
        Intimacy = draft.Intimacy;
        SelfOrientation = draft.SelfOrientation;
    }
}

public sealed record PulseDraft(
    DateTime? TakenAt,
    int? OnTheirSide,
    int? GettingWhatTheyBuy,
    string? Evidence = null,
    int? Credibility = null,
    int? Reliability = null,
    int? Intimacy = null,
    int? SelfOrientation = null)
{
    public IReadOnlyList<FieldError> Validate(DateTime now)
    {
        var check = new Check()
            .Required("onTheirSide", OnTheirSide)
            .Range("onTheirSide", OnTheirSide, 1, 5)
            .Required("gettingWhatTheyBuy", GettingWhatTheyBuy)
            .Range("gettingWhatTheyBuy", GettingWhatTheyBuy, 1, 5)
            .MaxLength("evidence", Evidence, Limits.LongText)
            .Range("credibility", Credibility, TrustRatings.Min, TrustRatings.Max)
            .Range("reliability", Reliability, TrustRatings.Min, TrustRatings.Max)
            .Range("intimacy", Intimacy, TrustRatings.Min, TrustRatings.Max)
            .Range("selfOrientation", SelfOrientation, TrustRatings.Min, TrustRatings.Max);
        if (TakenAt is { } at && at.ToUniversalTime() > now + InteractionDraft.FutureSlack)
        {
            check.Add(new FieldError("takenAt", ErrorCodes.InFuture));
        }
        check.Within("takenAt", TakenAt);
        return check.Errors;
    }
}
