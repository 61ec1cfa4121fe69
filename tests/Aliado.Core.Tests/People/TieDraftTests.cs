using Aliado.Core.People;

namespace Aliado.Core.Tests.People;

public sealed class TieDraftTests
{
    private static readonly Guid _ricardo = Guid.NewGuid();
    private static readonly Guid _elena = Guid.NewGuid();

    [Fact]
    public void A_tie_to_oneself_is_refused()
    {
        var errors = new TieDraft(_ricardo, TieKind.Peer).Validate(_ricardo);

        Assert.Equal(ErrorCodes.TieToSelf, Assert.Single(errors).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void Power_and_interest_must_be_between_1_and_5(int value)
    {
        var errors = new TieDraft(_elena, TieKind.ReportsTo, Power: value, Interest: value).Validate(_ricardo);

        Assert.Equal(["power", "interest"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal([1, 5], e.Arguments));
    }

    [Fact]
    public void Kind_and_other_person_are_required() =>
        Assert.Equal(["otherPersonId", "kind"], new TieDraft(null, null).Validate(_ricardo).Select(e => e.Field));

    [Fact]
    public void Omitted_scales_default_to_the_middle_and_attitude_to_neutral()
    {
        var tie = Tie.Create(Guid.NewGuid(), _ricardo, new TieDraft(_elena, TieKind.ReportsTo));

        Assert.Equal((3, 3, Attitude.Neutral, TieKind.ReportsTo), (tie.Power, tie.Interest, tie.Attitude, tie.Kind));
    }
}
