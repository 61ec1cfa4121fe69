using Aliado.Core.Relationships;
using Aliado.Core.Running;

namespace Aliado.Core.Tests.Running;

public sealed class ProposalTests
{
    private static readonly DateTime _now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid _interest = Guid.CreateVersion7();

    private static Proposal Made() => Proposal.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), new ProposalDraft("Weekly report", "In his words", [_interest], null, _now.AddDays(-2)), _now);

    [Fact]
    public void A_proposal_without_any_client_interest_is_refused()
    {
        var errors = new ProposalDraft("Idea", null, []).Validate(_now);

        Assert.Equal(("interestIds", ErrorCodes.Required), (Assert.Single(errors).Field, errors[0].Code));
    }

    [Fact]
    public void A_decline_with_an_unknown_reaction_gets_the_charitable_reading_and_a_follow_up_after_the_cool_off()
    {
        var proposal = Made();

        proposal.Record(new AnswerDraft(Answer.Declined, _now.AddDays(-1), Reaction.Unknown, "A budget freeze"), _now);

        Assert.Equal((Answer.Declined, Reading.FreezingOrConsidered), (proposal.Answer, proposal.Reading));
        Assert.Equal(DateOnly.FromDateTime(_now.AddDays(-1)).AddDays(Tolerance.DefaultCoolOffDays), proposal.FollowUpOn);
    }

    [Fact]
    public void A_decline_without_a_reaction_counts_as_unknown()
    {
        var proposal = Made();

        proposal.Record(new AnswerDraft(Answer.Declined), _now);

        Assert.Equal((Reaction.Unknown, Reading.FreezingOrConsidered), (proposal.Reaction, proposal.Reading));
    }

    [Fact]
    public void Accepted_and_declined_are_final_but_no_answer_may_still_turn_into_one()
    {
        var silent = Made();
        silent.Record(new AnswerDraft(Answer.NoAnswer), _now);
        var accepted = Made();
        accepted.Record(new AnswerDraft(Answer.Accepted), _now);

        Assert.True(silent.CanBeAnswered(Answer.Accepted));
        Assert.False(silent.CanBeAnswered(Answer.NoAnswer));
        Assert.False(accepted.CanBeAnswered(Answer.Declined));
        Assert.Throws<InvalidOperationException>(() => accepted.Record(new AnswerDraft(Answer.Declined), _now));
    }

    [Theory]
    [InlineData(Answer.Pending)]
    [InlineData(null)]
    public void Only_a_real_answer_is_accepted(Answer? answer) =>
        Assert.Contains(new AnswerDraft(answer).Validate(_now.AddDays(-1), _now), e => e.Field == "answer");

    [Fact]
    public void An_answer_cannot_come_before_the_proposal() =>
        Assert.Equal(ErrorCodes.BeforeStart, Assert.Single(new AnswerDraft(Answer.Accepted, _now.AddDays(-3)).Validate(_now.AddDays(-2), _now)).Code);
}

public sealed class RunningSummaryTests
{
    private static readonly DateTime _opened = new(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Relationship Opened(int cadenceDays = 14) =>
        Relationship.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), null, RelationshipKind.Internal, cadenceDays, _opened);

    [Fact]
    public void A_new_relationship_counts_its_cadence_from_the_opening()
    {
        var relationship = Opened();

        Assert.Equal((_opened, _opened.AddDays(14), _opened.AddDays(21)), (relationship.LastTouchAt, relationship.DueAt, relationship.OverdueAt));
    }

    [Fact]
    public void The_summary_follows_the_latest_touch_pulse_and_declines()
    {
        var relationship = Opened();

        relationship.Refresh(new RunningFacts(_opened.AddDays(3), _opened.AddDays(5), new PulseReading(2, 4, _opened.AddDays(4)), 3, 2));

        Assert.Equal(_opened.AddDays(5), relationship.LastTouchAt);
        Assert.Equal(CadenceStatus.Due, relationship.CadenceAt(_opened.AddDays(20)));
        Assert.Equal(HealthStatus.AtRisk, relationship.HealthAt(_opened.AddDays(6)).Status);
        Assert.Equal((3, 2), (relationship.DeclinesAbsorbed, relationship.DeclineStreak));
    }

    [Fact]
    public void Changing_the_cadence_moves_the_due_dates()
    {
        var relationship = Opened();

        relationship.Change(relationship.ProviderId, relationship.ClientId, null, RelationshipKind.Internal, 7);

        Assert.Equal((_opened.AddDays(7), _opened.AddDays(10.5)), (relationship.DueAt, relationship.OverdueAt));
    }
}
