namespace Aliado.Core.Relationships;

/// <summary>Step 5: the outcome, the shares it rests on, and the reasons, each naming its interests and offerings.</summary>
public sealed record Verdict(VerdictOutcome Outcome, double CoincidenceShare, double ConflictShare, double ProviderShare, IReadOnlyList<VerdictReason> Reasons)
{
    /// <summary>The rules' version; stored verdicts made under an older one are recomputed on upgrade.</summary>
    public const int RulesVersion = 2;

    /// <summary>
    /// The honest reading of steps 3–4 (version 2). The first rule that applies decides:
    /// 1 not enough known; 2 the client's interests do not meet mine (no deal); 3 mine do not meet
    /// theirs: I would not get what I want (no deal); 4 clashes weigh at least as much as coincidences
    /// (no deal); 5 I hold back what the client wants (don't provide); 6 nothing I am willing to give
    /// and the client would take serves them (no deal); 7 proceed.
    /// </summary>
    public static Verdict Of(VerdictFacts facts, VerdictPolicy? policy = null)
    {
        policy ??= VerdictPolicy.Default;
        var alignment = Alignment.Of(facts);
        var coincidence = alignment.CoincidenceShare;
        var conflict = alignment.ConflictShare;
        var provider = alignment.ProviderShare;
        Verdict Decide(VerdictOutcome outcome, params VerdictReason[] reasons) => new(outcome, coincidence, conflict, provider, reasons);

        var unknowns = new List<VerdictReason>();
        if (facts.ClientInterests.Count == 0)
        {
            unknowns.Add(new VerdictReason(ReasonCodes.NoClientInterests, [], []));
        }
        if (facts.ProviderInterests.Count == 0)
        {
            unknowns.Add(new VerdictReason(ReasonCodes.NoProviderInterests, [], []));
        }
        if (facts.Offerings.Count == 0)
        {
            unknowns.Add(new VerdictReason(ReasonCodes.NoOfferings, [], []));
        }
        if (unknowns.Count > 0)
        {
            return Decide(VerdictOutcome.NotEnoughKnown, [.. unknowns]);
        }

        if (coincidence < policy.MinimumCoincidenceShare)
        {
            var unmatched = alignment.ClientInterests.Where(c => c.Credit == 0).Select(c => c.InterestId).ToList();
            return Decide(VerdictOutcome.NoDeal, new VerdictReason(ReasonCodes.LowCoincidence, unmatched, []));
        }
        if (provider < policy.MinimumCoincidenceShare)
        {
            var unmet = alignment.ProviderInterests.Where(p => p.Credit == 0).Select(p => p.InterestId).ToList();
            return Decide(VerdictOutcome.NoDeal, new VerdictReason(ReasonCodes.ProviderInterestsUnmet, unmet, []));
        }
        if (conflict >= coincidence)
        {
            var clashing = alignment.ClientInterests.Where(c => c.HasConflict).Select(c => c.InterestId).ToList();
            return Decide(VerdictOutcome.NoDeal, new VerdictReason(ReasonCodes.ConflictOutweighs, clashing, []));
        }

        var withheld = WithheldThatIsWanted(facts, alignment, policy).ToList();
        if (withheld.Count > 0)
        {
            return Decide(VerdictOutcome.DontProvide, [.. withheld]);
        }

        if (!alignment.ServedByGivenIds.Any())
        {
            // Names what I would give, landing or not: those that do not land are why it falls short.
            var given = facts.Offerings.Where(o => o.IsGiven).Select(o => o.Id).ToList();
            return Decide(VerdictOutcome.NoDeal, new VerdictReason(ReasonCodes.NothingGivenServes, [.. facts.ClientInterests.Select(i => i.Id)], given));
        }

        var served = alignment.ServedByGivenIds.ToList();
        var serving = facts.Offerings.Where(o => o.Counts && o.Serves.Any(served.Contains)).Select(o => o.Id).ToList();
        var reasons = new List<VerdictReason> { new(ReasonCodes.Aligned, served, serving) };
        var important = alignment.ClientInterests
            .Where(c => c.Importance >= policy.WantedImportance && c.ServedByGiven.Count == 0)
            .Select(c => c.InterestId).ToList();
        if (important.Count > 0)
        {
            reasons.Add(new VerdictReason(ReasonCodes.ImportantUnserved, important, []));
        }
        return Decide(VerdictOutcome.Proceed, [.. reasons]);
    }

    /// <summary>
    /// Rule 5: an offering I am unwilling to give that the client wants (they buy it, or it serves an
    /// interest of importance ≥ 4), with nothing I would give, and the client would take, standing in for
    /// it: it serves no recorded interest, or it serves one that no such offering serves.
    /// </summary>
    private static IEnumerable<VerdictReason> WithheldThatIsWanted(VerdictFacts facts, Alignment alignment, VerdictPolicy policy)
    {
        var importance = facts.ClientInterests.ToDictionary(i => i.Id, i => i.Importance);
        var coveredByGiven = alignment.ServedByGivenIds.ToHashSet();
        foreach (var offering in facts.Offerings.Where(o => !o.IsGiven))
        {
            var served = offering.Serves.Where(importance.ContainsKey).ToList();
            var wanted = offering.ClientBuys == ClientBuys.Yes || served.Any(id => importance[id] >= policy.WantedImportance);
            if (!wanted)
            {
                continue;
            }
            var uncovered = served.Where(id => !coveredByGiven.Contains(id)).ToList();
            if (served.Count == 0 || uncovered.Count > 0)
            {
                yield return new VerdictReason(ReasonCodes.WithheldWanted, uncovered, [offering.Id]);
            }
        }
    }
}

/// <summary>One reason behind a verdict: a stable code and the interests and offerings it is about.</summary>
public sealed record VerdictReason(string Code, IReadOnlyList<Guid> InterestIds, IReadOnlyList<Guid> OfferingIds);

public static class ReasonCodes
{
    public const string NoClientInterests = "no-client-interests";
    public const string NoProviderInterests = "no-provider-interests";
    public const string NoOfferings = "no-offerings";
    public const string LowCoincidence = "low-coincidence";
    public const string ProviderInterestsUnmet = "provider-interests-unmet";
    public const string ConflictOutweighs = "conflict-outweighs";
    public const string WithheldWanted = "withheld-wanted";
    public const string NothingGivenServes = "nothing-given-serves";
    public const string Aligned = "aligned";
    public const string ImportantUnserved = "important-unserved";
}
