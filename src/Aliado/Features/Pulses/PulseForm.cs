using Aliado.Platform;

namespace Aliado.Features.Pulses;

public sealed class PulseForm
{
    public DateTime? TakenAt { get; set; }

    public int? OnTheirSide { get; set; }

    public int? GettingWhatTheyBuy { get; set; }

    public string? Evidence { get; set; }

    public int? Credibility { get; set; }

    public int? Reliability { get; set; }

    public int? Intimacy { get; set; }

    public int? SelfOrientation { get; set; }

    public Core.Running.PulseDraft ToDraft(UserTime time) =>
        new(time.ToUtc(TakenAt), OnTheirSide, GettingWhatTheyBuy, Evidence, Credibility, Reliability, Intimacy, SelfOrientation);
}

/// <summary>Whether the pulse questions speak to me as the client.</summary>
public sealed record PulseChoices(bool AsClient);
