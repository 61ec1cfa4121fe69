namespace Aliado.Core.Running;

public enum HealthStatus
{
    Good,
    Watch,
    AtRisk,

    /// <summary>A decided exit: I accepted that there is no deal, or that I should not provide. Nothing to watch.</summary>
    NotServed,
}

/// <summary>A step-8 check: do they feel I am on their side, do they get what they buy (1–5 each).</summary>
public sealed record PulseReading(int OnTheirSide, int GettingWhatTheyBuy, DateTime TakenAt)
{
    public int Lowest => Math.Min(OnTheirSide, GettingWhatTheyBuy);
}

public sealed record HealthReason(string Code, HealthStatus Status);

public sealed record HealthPolicy(int StalePulseDays = 60, int WatchStreak = 3, int AtRiskStreak = 5, int VoiceGap = 2)
{
    public static readonly HealthPolicy Default = new();
}

/// <summary>
/// Step 8, staying on the client's side, as one status with its reasons: from the latest pulse and its
/// age, the cadence, the run of declines, whether the relationship goes on without alignment, and
/// whether my reading and the client's own answer disagree. A decided exit is not served at all.
/// </summary>
public static class Health
{
    public static (HealthStatus Status, IReadOnlyList<HealthReason> Reasons) Of(
        PulseReading? latestPulse,
        CadenceStatus cadence,
        int declineStreak,
        bool proceedingWithoutAlignment,
        DateTime now,
        HealthPolicy? policy = null,
        bool decidedExit = false,
        int? voiceGap = null)
    {
        policy ??= HealthPolicy.Default;
        if (decidedExit)
        {
            return (HealthStatus.NotServed, [new(HealthCodes.DecidedExit, HealthStatus.NotServed)]);
        }
        var reasons = new List<HealthReason>();
        if (proceedingWithoutAlignment)
        {
            reasons.Add(new(HealthCodes.WithoutAlignment, HealthStatus.AtRisk));
        }
        if (latestPulse is null)
        {
            reasons.Add(new(HealthCodes.NoPulse, HealthStatus.Watch));
        }
        else
        {
            if (latestPulse.Lowest <= 2)
            {
                reasons.Add(new(HealthCodes.LowPulse, HealthStatus.AtRisk));
            }
            else if (latestPulse.Lowest == 3)
            {
                reasons.Add(new(HealthCodes.MiddlingPulse, HealthStatus.Watch));
            }
            if (now - latestPulse.TakenAt > TimeSpan.FromDays(policy.StalePulseDays))
            {
                reasons.Add(new(HealthCodes.StalePulse, HealthStatus.Watch));
            }
        }
        if (voiceGap >= policy.VoiceGap)
        {
            reasons.Add(new(HealthCodes.VoicesDiffer, HealthStatus.Watch));
        }
        if (cadence == CadenceStatus.Overdue)
        {
            reasons.Add(new(HealthCodes.Overdue, HealthStatus.AtRisk));
        }
        else if (cadence == CadenceStatus.Due)
        {
            reasons.Add(new(HealthCodes.Due, HealthStatus.Watch));
        }
        if (declineStreak >= policy.AtRiskStreak)
        {
            reasons.Add(new(HealthCodes.DeclineStreak, HealthStatus.AtRisk));
        }
        else if (declineStreak >= policy.WatchStreak)
        {
            reasons.Add(new(HealthCodes.DeclineStreak, HealthStatus.Watch));
        }
        if (reasons.Count == 0)
        {
            reasons.Add(new(HealthCodes.AllWell, HealthStatus.Good));
        }
        return (reasons.Max(r => r.Status), reasons);
    }
}

public static class HealthCodes
{
    public const string AllWell = "all-well";
    public const string WithoutAlignment = "without-alignment";
    public const string NoPulse = "no-pulse";
    public const string LowPulse = "low-pulse";
    public const string MiddlingPulse = "middling-pulse";
    public const string StalePulse = "stale-pulse";
    public const string Due = "due";
    public const string Overdue = "overdue";
    public const string DeclineStreak = "decline-streak";
    public const string VoicesDiffer = "voices-differ";
    public const string DecidedExit = "decided-exit";
}
