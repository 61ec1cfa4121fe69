namespace Aliado.Core.Running;

public enum CadenceStatus
{
    Ok,
    Due,
    Overdue,
}

/// <summary>
/// Step 6, selling constantly: every relationship has a cadence. The last touch is the latest
/// interaction or proposal (or the opening of the relationship, before any). Past the cadence the
/// relationship is due; past one and a half cadences, overdue.
/// </summary>
public static class Constancy
{
    public const double OverdueFactor = 1.5;

    public static CadenceStatus StatusOf(DateTime lastTouch, int cadenceDays, DateTime now)
    {
        var elapsed = now - lastTouch;
        return elapsed > TimeSpan.FromDays(cadenceDays * OverdueFactor) ? CadenceStatus.Overdue
            : elapsed > TimeSpan.FromDays(cadenceDays) ? CadenceStatus.Due
            : CadenceStatus.Ok;
    }

    public static DateTime NextTouch(DateTime lastTouch, int cadenceDays) => lastTouch.AddDays(cadenceDays);

    /// <summary>The latest of the touches, or the relationship's opening when there is none yet.</summary>
    public static DateTime LastTouch(DateTime openedAt, params DateTime?[] touches) =>
        touches.Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(openedAt).Max();
}
