using Aliado.Core.Running;

namespace Aliado.Core.Relationships;

/// <summary>
/// One provider serving one client inside an arena: the method's case file. Direction matters; the
/// same two people may have a relationship each way.
/// </summary>
public sealed class Relationship : IWorkspaceOwned
{
    public const int DefaultCadenceDays = 14;
    public const int MaxCadenceDays = 365;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid WorkspaceId { get; init; }

    public Guid ProviderId { get; private set; }

    public People.Person? Provider { get; private set; }

    public Guid ClientId { get; private set; }

    public People.Person? Client { get; private set; }

    /// <summary>The organization where the relationship lives; not necessarily the provider's employer.</summary>
    public Guid? ArenaId { get; private set; }

    public People.Organization? Arena { get; private set; }

    public RelationshipKind Kind { get; private set; }

    public int CadenceDays { get; private set; } = DefaultCadenceDays;

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    /// <summary>The verdict as last computed, kept on the row so lists can show and filter it cheaply.</summary>
    public VerdictOutcome Outcome { get; private set; } = VerdictOutcome.NotEnoughKnown;

    public double CoincidenceShare { get; private set; }

    public double ConflictShare { get; private set; }

    /// <summary>What I get: the importance-weighted share of my interests that meet one of the client's.</summary>
    public double ProviderShare { get; private set; }

    public DecisionState DecisionMade { get; private set; } = DecisionState.Pending;

    public VerdictOutcome? DecisionOutcome { get; private set; }

    public string? DecisionReason { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Decision Decision => new(DecisionMade, DecisionOutcome, DecisionReason, DecidedAt);

    /// <summary>The latest interaction or proposal, or the opening of the relationship before any.</summary>
    public DateTime LastTouchAt { get; private set; }

    public DateTime DueAt { get; private set; }

    public DateTime OverdueAt { get; private set; }

    public DateTime? LatestPulseAt { get; private set; }

    public int? LatestOnTheirSide { get; private set; }

    public int? LatestGettingWhatTheyBuy { get; private set; }

    public int DeclinesAbsorbed { get; private set; }

    public int DeclineStreak { get; private set; }

    /// <summary>How far my latest pulse and the client's own latest answer differ (0–4), when both exist.</summary>
    public int? VoiceGap { get; private set; }

    /// <summary>Whether I decide what I give in this relationship or only carry out what others decided.</summary>
    public Authority Authority { get; private set; } = Authority.Decide;

    public PulseReading? LatestPulse => LatestPulseAt is { } at && LatestOnTheirSide is { } side && LatestGettingWhatTheyBuy is { } buy
        ? new PulseReading(side, buy, at)
        : null;

    public CadenceStatus CadenceAt(DateTime now) => Constancy.StatusOf(LastTouchAt, CadenceDays, now);

    public (HealthStatus Status, IReadOnlyList<HealthReason> Reasons) HealthAt(DateTime now) =>
        Health.Of(LatestPulse, CadenceAt(now), DeclineStreak, ProceedingWithoutAlignment, now, decidedExit: IsDecidedExit, voiceGap: VoiceGap);

    public static Relationship Create(Guid workspaceId, Guid providerId, Guid clientId, Guid? arenaId, RelationshipKind kind, int cadenceDays, DateTime openedAt)
    {
        var relationship = new Relationship { WorkspaceId = workspaceId, CreatedAt = openedAt };
        relationship.Change(providerId, clientId, arenaId, kind, cadenceDays);
        relationship.Refresh(RunningFacts.None);
        return relationship;
    }

    public void Change(Guid providerId, Guid clientId, Guid? arenaId, RelationshipKind kind, int cadenceDays, Authority? authority = null)
    {
        Authority = authority ?? Authority;
        if (providerId == clientId)
        {
            throw new InvalidOperationException("A relationship needs two different people.");
        }
        ProviderId = providerId;
        ClientId = clientId;
        ArenaId = arenaId;
        Kind = kind;
        CadenceDays = cadenceDays;
        (DueAt, OverdueAt) = (Constancy.DueAt(LastTouchAt, CadenceDays), Constancy.OverdueAt(LastTouchAt, CadenceDays));
    }

    /// <summary>Stores the running summary after an interaction, proposal or pulse was recorded, changed or removed.</summary>
    public void Refresh(RunningFacts facts)
    {
        LastTouchAt = Constancy.LastTouch(CreatedAt, facts.LastInteractionAt, facts.LastProposalAt);
        (DueAt, OverdueAt) = (Constancy.DueAt(LastTouchAt, CadenceDays), Constancy.OverdueAt(LastTouchAt, CadenceDays));
        (LatestPulseAt, LatestOnTheirSide, LatestGettingWhatTheyBuy) = (facts.LatestPulse?.TakenAt, facts.LatestPulse?.OnTheirSide, facts.LatestPulse?.GettingWhatTheyBuy);
        (DeclinesAbsorbed, DeclineStreak, VoiceGap) = (facts.DeclinesAbsorbed, facts.DeclineStreak, facts.VoiceGap);
    }

    /// <summary>Stores a freshly computed verdict. The decision stays, but only counts while the outcome matches.</summary>
    public void Record(Verdict verdict)
    {
        Outcome = verdict.Outcome;
        CoincidenceShare = verdict.CoincidenceShare;
        ConflictShare = verdict.ConflictShare;
        ProviderShare = verdict.ProviderShare;
    }

    public void Accept(DateTime now) => Decide(DecisionState.Accepted, null, now);

    public void Override(string reason, DateTime now) => Decide(DecisionState.Overridden, reason.Trim(), now);

    /// <summary>Takes back a decision recorded elsewhere (a workspace brought from another server), even one made on an earlier outcome.</summary>
    public void Restore(Decision decision) =>
        (DecisionMade, DecisionOutcome, DecisionReason, DecidedAt) = (decision.State, decision.OnOutcome, decision.Reason?.Trim(), decision.DecidedAt);

    private void Decide(DecisionState state, string? reason, DateTime now)
    {
        DecisionMade = state;
        DecisionOutcome = Outcome;
        DecisionReason = reason;
        DecidedAt = now;
    }

    /// <summary>A decision belongs to the outcome it was made on; when the outcome changes it is pending again.</summary>
    public DecisionState DecisionState => Decision.StateFor(Outcome);

    /// <summary>Step 8's warning: going ahead although the honest verdict said otherwise.</summary>
    public bool ProceedingWithoutAlignment => DecisionState == DecisionState.Overridden && Outcome != VerdictOutcome.Proceed;

    /// <summary>Step 5 gates step 6: selling only once the verdict says proceed, or I overrode it knowingly.</summary>
    public bool AllowsProposals => Gate.AllowsProposals(Outcome, DecisionState);

    /// <summary>I accepted a "no deal" or "don't provide": the relationship is an exit I decided, not a case to run.</summary>
    public bool IsDecidedExit => Gate.IsDecidedExit(Outcome, DecisionState);
}

/// <summary>The method's gate between deciding (step 5) and selling (steps 6–8).</summary>
public static class Gate
{
    public static bool AllowsProposals(VerdictOutcome outcome, DecisionState decision) =>
        outcome == VerdictOutcome.Proceed || decision == DecisionState.Overridden;

    public static bool IsDecidedExit(VerdictOutcome outcome, DecisionState decision) =>
        decision == DecisionState.Accepted && outcome is VerdictOutcome.NoDeal or VerdictOutcome.DontProvide;
}

/// <summary>What the user decided about a verdict, and on which outcome.</summary>
public sealed record Decision(DecisionState State, VerdictOutcome? OnOutcome, string? Reason, DateTime? DecidedAt)
{
    public static readonly Decision None = new(DecisionState.Pending, null, null, null);

    public DecisionState StateFor(VerdictOutcome current) => OnOutcome == current ? State : DecisionState.Pending;

    /// <summary>True when a decision exists but was made on another outcome than the current one.</summary>
    public bool IsStale(VerdictOutcome current) => OnOutcome is { } made && made != current;
}
