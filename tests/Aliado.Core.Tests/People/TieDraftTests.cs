using Aliado.Core.People;

namespace Aliado.Core.Tests.People;

public sealed class TieDraftTests
{
    private static readonly Guid s_ricardo = Guid.NewGuid();
    private static readonly Guid s_elena = Guid.NewGuid();

    [Fact]
    public void A_tie_to_oneself_is_refused()
    {
        var errors = new TieDraft(s_ricardo, "peer").Validate(s_ricardo);

        Assert.Equal(ErrorCodes.TieToSelf, Assert.Single(errors).Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void Power_and_interest_must_be_between_1_and_5(int value)
    {
        var errors = new TieDraft(s_elena, "reports-to", Power: value, Interest: value).Validate(s_ricardo);

        Assert.Equal(["power", "interest"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal([1, 5], e.Arguments));
    }

    [Fact]
    public void Kind_and_other_person_are_required() =>
        Assert.Equal(["otherPersonId", "kind"], new TieDraft(null, null).Validate(s_ricardo).Select(e => e.Field));

    [Fact]
    public void Omitted_scales_default_to_the_middle_and_attitude_to_neutral()
    {
        var tie = Tie.Create(Guid.NewGuid(), s_ricardo, new TieDraft(s_elena, "reports-to"));

        Assert.Equal((3, 3, Attitude.Neutral, TieKind.ReportsTo), (tie.Power, tie.Interest, tie.Attitude, tie.Kind));
    }
}
