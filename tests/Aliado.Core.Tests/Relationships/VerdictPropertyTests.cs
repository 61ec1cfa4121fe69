using Aliado.Core.Relationships;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Aliado.Core.Tests.Relationships;

/// <summary>Invariants of the verdict, over thousands of generated cases.</summary>
public sealed class VerdictPropertyTests
{
    /// <summary>Builds facts from plain generated numbers: importances, links and offerings pick interests by index.</summary>
    private static VerdictFacts Facts(int[] client, int[] provider, (int P, int C, int S)[] links, (int Buys, int Will, int[] Serves)[] offerings, int valueSeed = 0)
    {
        var clients = client.Select(i => new InterestFact(Guid.NewGuid(), 1 + Math.Abs(i % 5))).ToList();
        var providers = provider.Select(i => new InterestFact(Guid.NewGuid(), 1 + Math.Abs(i % 5))).ToList();
        var coincidences = clients.Count == 0 || providers.Count == 0 ? [] : links
            .Select(l => new CoincidenceFact(providers[Math.Abs(l.P % providers.Count)].Id, clients[Math.Abs(l.C % clients.Count)].Id, (CoincidenceStrength)Math.Abs(l.S % 3)))
            .ToList();
        var offers = offerings.Select(o => new OfferingFact(
            Guid.NewGuid(),
            (ClientBuys)Math.Abs(o.Buys % 3),
            (Willingness)Math.Abs(o.Will % 3),
            clients.Count == 0 ? [] : [.. (o.Serves ?? []).Select(s => clients[Math.Abs(s % clients.Count)].Id).Distinct()],
            (PerceivedValue)Math.Abs((o.Buys + valueSeed) % 4))).ToList();
        return new VerdictFacts(clients, providers, offers, coincidences);
    }

    [Property(MaxTest = 500)]
    public bool Shares_stay_between_0_and_1(int[] client, int[] provider, (int, int, int)[] links, (int, int, int[])[] offerings)
    {
        var verdict = Verdict.Of(Facts(client, provider, links, offerings));
        return verdict.CoincidenceShare is >= 0 and <= 1 && verdict.ConflictShare is >= 0 and <= 1 && verdict.ProviderShare is >= 0 and <= 1;
    }

    [Property(MaxTest = 500)]
    public bool Adding_a_full_coincidence_never_lowers_the_coincidence_share(NonEmptyArray<int> client, NonEmptyArray<int> provider, (int, int, int)[] links, (int, int, int[])[] offerings, int p, int c)
    {
        var facts = Facts(client.Get, provider.Get, links, offerings);
        var more = facts with
        {
            Coincidences = [.. facts.Coincidences, new(facts.ProviderInterests[Math.Abs(p % facts.ProviderInterests.Count)].Id, facts.ClientInterests[Math.Abs(c % facts.ClientInterests.Count)].Id, CoincidenceStrength.Full)],
        };
        return Verdict.Of(more).CoincidenceShare >= Verdict.Of(facts).CoincidenceShare;
    }

    [Property(MaxTest = 500)]
    public bool The_first_rule_that_applies_decides(int[] client, int[] provider, (int, int, int)[] links, (int, int, int[])[] offerings, int valueSeed)
    {
        var facts = Facts(client, provider, links, offerings, valueSeed);
        var verdict = Verdict.Of(facts);
        var nothingKnown = facts.ClientInterests.Count == 0 || facts.ProviderInterests.Count == 0 || facts.Offerings.Count == 0;
        var interestsApart = verdict.CoincidenceShare < 0.25 || verdict.ProviderShare < 0.25 || verdict.ConflictShare >= verdict.CoincidenceShare;
        return verdict.Outcome switch
        {
            VerdictOutcome.NotEnoughKnown => nothingKnown,
            VerdictOutcome.NoDeal => !nothingKnown,
            VerdictOutcome.DontProvide => !nothingKnown && !interestsApart && facts.Offerings.Any(o => !o.IsGiven),
            VerdictOutcome.Proceed => !nothingKnown && !interestsApart && facts.Offerings.Any(o => o.Counts && o.Serves.Count > 0),
            _ => false,
        } && (nothingKnown ? verdict.Outcome == VerdictOutcome.NotEnoughKnown : !interestsApart || verdict.Outcome == VerdictOutcome.NoDeal);
    }

    [Property(MaxTest = 300)]
    public bool The_verdict_does_not_depend_on_the_order_things_were_recorded(int[] client, int[] provider, (int, int, int)[] links, (int, int, int[])[] offerings)
    {
        var facts = Facts(client, provider, links, offerings);
        var shuffled = new VerdictFacts([.. facts.ClientInterests.Reverse()], [.. facts.ProviderInterests.Reverse()], [.. facts.Offerings.Reverse()], [.. facts.Coincidences.Reverse()]);
        var (a, b) = (Verdict.Of(facts), Verdict.Of(shuffled));
        return a.Outcome == b.Outcome && Math.Abs(a.CoincidenceShare - b.CoincidenceShare) < 1e-12 && Math.Abs(a.ConflictShare - b.ConflictShare) < 1e-12
            && Math.Abs(a.ProviderShare - b.ProviderShare) < 1e-12;
    }

    [Property(MaxTest = 300)]
    public bool Every_reason_names_only_interests_and_offerings_of_the_case(int[] client, int[] provider, (int, int, int)[] links, (int, int, int[])[] offerings)
    {
        var facts = Facts(client, provider, links, offerings);
        var interests = facts.ClientInterests.Concat(facts.ProviderInterests).Select(i => i.Id).ToHashSet();
        var offers = facts.Offerings.Select(o => o.Id).ToHashSet();
        var verdict = Verdict.Of(facts);
        return verdict.Reasons.Count > 0 && verdict.Reasons.All(r => r.InterestIds.All(interests.Contains) && r.OfferingIds.All(offers.Contains));
    }
}
