using Aliado.Core.Relationships;

namespace Aliado.Core.Tests.Relationships;

/// <summary>The worked examples of the issue, with the method's own case: an analyst whose client is her boss.</summary>
public sealed class VerdictExamplesTests
{
    private static readonly InterestFact _solveOperations = new(Guid.NewGuid(), 5);   // A
    private static readonly InterestFact _stayWithGroup = new(Guid.NewGuid(), 4);     // B
    private static readonly InterestFact _growIntoLead = new(Guid.NewGuid(), 5);      // X
    private static readonly InterestFact _learnOperations = new(Guid.NewGuid(), 3);   // Y
    private static readonly Guid _documentation = Guid.NewGuid();
    private static readonly Guid _weekendCover = Guid.NewGuid();

    private static VerdictFacts Case(IReadOnlyList<OfferingFact> offerings, bool withCoincidences = true) => new(
        [_solveOperations, _stayWithGroup],
        [_growIntoLead, _learnOperations],
        offerings,
        withCoincidences
            ? [new(_learnOperations.Id, _solveOperations.Id, CoincidenceStrength.Full), new(_growIntoLead.Id, _stayWithGroup.Id, CoincidenceStrength.Partial)]
            : []);

    private static OfferingFact Documentation(params InterestFact[] serves) =>
        new(_documentation, ClientBuys.Yes, Willingness.Willing, [.. serves.Select(s => s.Id)]);

    [Fact]
    public void Example_1_interests_meet_and_I_give_what_serves_them_so_proceed()
    {
        var verdict = Verdict.Of(Case([Documentation(_solveOperations)]));

        Assert.Equal(VerdictOutcome.Proceed, verdict.Outcome);
        Assert.Equal(7.0 / 9, verdict.CoincidenceShare, precision: 10);
        Assert.Equal(0, verdict.ConflictShare);
        var aligned = Assert.Single(verdict.Reasons, r => r.Code == ReasonCodes.Aligned);
        Assert.Equal([_solveOperations.Id], aligned.InterestIds);
        Assert.Equal([_documentation], aligned.OfferingIds);
    }

    [Fact]
    public void Example_2_without_coincidences_there_is_no_deal()
    {
        var verdict = Verdict.Of(Case([Documentation(_solveOperations)], withCoincidences: false));

        Assert.Equal(VerdictOutcome.NoDeal, verdict.Outcome);
        Assert.Equal(0, verdict.CoincidenceShare);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(ReasonCodes.LowCoincidence, reason.Code);
        Assert.Equal([_solveOperations.Id, _stayWithGroup.Id], reason.InterestIds);
    }

    [Fact]
    public void Example_3_holding_back_what_the_client_wants_means_dont_provide()
    {
        var cover = new OfferingFact(_weekendCover, ClientBuys.Yes, Willingness.Unwilling, [_solveOperations.Id]);

        var verdict = Verdict.Of(Case([Documentation(_stayWithGroup), cover]));

        Assert.Equal(VerdictOutcome.DontProvide, verdict.Outcome);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal((ReasonCodes.WithheldWanted, _weekendCover, _solveOperations.Id), (reason.Code, Assert.Single(reason.OfferingIds), Assert.Single(reason.InterestIds)));
    }

    [Fact]
    public void Example_4_without_offerings_not_enough_is_known()
    {
        var verdict = Verdict.Of(Case([]));

        Assert.Equal(VerdictOutcome.NotEnoughKnown, verdict.Outcome);
        Assert.Equal(ReasonCodes.NoOfferings, Assert.Single(verdict.Reasons).Code);
    }

    [Fact]
    public void An_unwilling_offering_is_fine_when_something_I_give_serves_the_same_interest()
    {
        var cover = new OfferingFact(_weekendCover, ClientBuys.Yes, Willingness.Unwilling, [_solveOperations.Id]);

        Assert.Equal(VerdictOutcome.Proceed, Verdict.Of(Case([Documentation(_solveOperations), cover])).Outcome);
    }

    [Fact]
    public void A_wanted_unwilling_offering_that_serves_no_recorded_interest_has_no_stand_in()
    {
        var cover = new OfferingFact(_weekendCover, ClientBuys.Yes, Willingness.Unwilling, []);

        var verdict = Verdict.Of(Case([Documentation(_solveOperations), cover]));

        Assert.Equal(VerdictOutcome.DontProvide, verdict.Outcome);
        Assert.Empty(Assert.Single(verdict.Reasons).InterestIds);
    }

    [Fact]
    public void An_unwilling_offering_nobody_wants_changes_nothing()
    {
        var cover = new OfferingFact(_weekendCover, ClientBuys.No, Willingness.Unwilling, []);

        Assert.Equal(VerdictOutcome.Proceed, Verdict.Of(Case([Documentation(_solveOperations), cover])).Outcome);
    }

    [Fact]
    public void When_nothing_I_give_serves_an_interest_there_is_no_deal()
    {
        var verdict = Verdict.Of(Case([new OfferingFact(_documentation, ClientBuys.Unknown, Willingness.Conditional, [])]));

        Assert.Equal(VerdictOutcome.NoDeal, verdict.Outcome);
        Assert.Equal(ReasonCodes.NothingGivenServes, Assert.Single(verdict.Reasons).Code);
    }

    [Fact]
    public void Conflicts_that_outweigh_the_coincidences_mean_no_deal()
    {
        var facts = Case([Documentation(_solveOperations)]) with
        {
            Coincidences =
            [
                new(_learnOperations.Id, _stayWithGroup.Id, CoincidenceStrength.Full),
                new(_growIntoLead.Id, _solveOperations.Id, CoincidenceStrength.Conflict),
            ],
        };

        var verdict = Verdict.Of(facts);

        Assert.Equal((VerdictOutcome.NoDeal, 4.0 / 9, 5.0 / 9), (verdict.Outcome, verdict.CoincidenceShare, verdict.ConflictShare));
        Assert.Equal(ReasonCodes.ConflictOutweighs, Assert.Single(verdict.Reasons).Code);
    }

    [Fact]
    public void Proceeding_still_names_important_client_interests_left_unserved()
    {
        var verdict = Verdict.Of(Case([Documentation(_solveOperations)]));

        var unserved = Assert.Single(verdict.Reasons, r => r.Code == ReasonCodes.ImportantUnserved);
        Assert.Equal([_stayWithGroup.Id], unserved.InterestIds);
    }

    [Fact]
    public void Example_5_a_client_interest_met_only_by_a_trivial_interest_of_mine_while_my_main_one_clashes_is_no_deal()
    {
        var a = new InterestFact(Guid.NewGuid(), 5);
        var x = new InterestFact(Guid.NewGuid(), 5);
        var y = new InterestFact(Guid.NewGuid(), 1);
        var unwanted = new OfferingFact(Guid.NewGuid(), ClientBuys.No, Willingness.Willing, [a.Id], PerceivedValue.None);
        var facts = new VerdictFacts([a], [x, y], [unwanted], [new(y.Id, a.Id, CoincidenceStrength.Full), new(x.Id, a.Id, CoincidenceStrength.Conflict)]);

        var verdict = Verdict.Of(facts);

        Assert.Equal(VerdictOutcome.NoDeal, verdict.Outcome);
        Assert.Equal((1.0, 1.0 / 6), (verdict.CoincidenceShare, verdict.ProviderShare));
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal((ReasonCodes.ProviderInterestsUnmet, x.Id), (reason.Code, Assert.Single(reason.InterestIds)));
    }

    [Fact]
    public void Example_6_a_clash_as_heavy_as_the_coincidence_is_no_deal()
    {
        var (a, b) = (new InterestFact(Guid.NewGuid(), 5), new InterestFact(Guid.NewGuid(), 5));
        var (x, y) = (new InterestFact(Guid.NewGuid(), 3), new InterestFact(Guid.NewGuid(), 3));
        var facts = new VerdictFacts([a, b], [x, y], [new OfferingFact(_documentation, ClientBuys.Yes, Willingness.Willing, [a.Id])],
            [new(x.Id, a.Id, CoincidenceStrength.Full), new(y.Id, b.Id, CoincidenceStrength.Conflict)]);

        var verdict = Verdict.Of(facts);

        Assert.Equal((VerdictOutcome.NoDeal, 0.5, 0.5, 0.5), (verdict.Outcome, verdict.CoincidenceShare, verdict.ConflictShare, verdict.ProviderShare));
        Assert.Equal(ReasonCodes.ConflictOutweighs, Assert.Single(verdict.Reasons).Code);
    }

    [Fact]
    public void What_I_get_weighs_my_interests_by_their_best_link()
    {
        var verdict = Verdict.Of(Case([Documentation(_solveOperations)]));

        // X (5) partly meets B, Y (3) fully meets A: (5 × ½ + 3 × 1) / 8.
        Assert.Equal(5.5 / 8, verdict.ProviderShare, precision: 10);
    }

    [Fact]
    public void An_offering_the_client_neither_buys_nor_values_does_not_land_and_cannot_stand_in()
    {
        var dud = new OfferingFact(_documentation, ClientBuys.No, Willingness.Willing, [_solveOperations.Id], PerceivedValue.None);
        var cover = new OfferingFact(_weekendCover, ClientBuys.Yes, Willingness.Unwilling, [_solveOperations.Id]);

        var verdict = Verdict.Of(Case([dud, cover]));

        Assert.Equal(VerdictOutcome.DontProvide, verdict.Outcome);
        Assert.Equal([_weekendCover], Assert.Single(verdict.Reasons).OfferingIds);
    }

    [Theory]
    [InlineData(ClientBuys.No, PerceivedValue.Low, true)]
    [InlineData(ClientBuys.Unknown, PerceivedValue.None, true)]
    [InlineData(ClientBuys.Yes, PerceivedValue.None, true)]
    [InlineData(ClientBuys.No, PerceivedValue.None, false)]
    public void An_offering_lands_unless_the_client_neither_buys_it_nor_sees_value_in_it(ClientBuys buys, PerceivedValue value, bool lands)
    {
        var offering = new OfferingFact(_documentation, buys, Willingness.Willing, [_solveOperations.Id], value);

        Assert.Equal(lands, offering.Lands);
        Assert.Equal(lands ? VerdictOutcome.Proceed : VerdictOutcome.NoDeal, Verdict.Of(Case([offering])).Outcome);
    }

    [Fact]
    public void Alignment_names_what_is_served_unserved_and_unmatched()
    {
        var extra = new InterestFact(Guid.NewGuid(), 2);
        var facts = Case([Documentation(_solveOperations)]) with { ProviderInterests = [_growIntoLead, _learnOperations, extra] };

        var alignment = Alignment.Of(facts);

        Assert.Equal([_solveOperations.Id], alignment.ServedByGivenIds);
        Assert.Equal([_stayWithGroup.Id], alignment.NotServedIds);
        Assert.Equal([extra.Id], alignment.UnmatchedProviderInterestIds);
    }
}
