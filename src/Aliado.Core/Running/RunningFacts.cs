namespace Aliado.Core.Running;

/// <summary>
/// What steps 6–8 have recorded for one relationship, boiled down: the latest touches, the latest
/// pulse, and the declines absorbed. Kept on the relationship so lists and the dashboard can filter
/// and sort on them without reading every entry.
/// </summary>
public sealed record RunningFacts(
    DateTime? LastInteractionAt,
    DateTime? LastProposalAt,
    PulseReading? LatestPulse,
    int DeclinesAbsorbed,
    int DeclineStreak,
    int? VoiceGap = null)
{
    public static readonly RunningFacts None = new(null, null, null, 0, 0);
}
