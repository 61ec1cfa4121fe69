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

    public static CadenceStatus StatusOf(DateTime lastTouch, int cadenceDays, DateTime now) =>
        now > OverdueAt(lastTouch, cadenceDays) ? CadenceStatus.Overdue
            : now > DueAt(lastTouch, cadenceDays) ? CadenceStatus.Due
            : CadenceStatus.Ok;

    /// <summary>After this moment the relationship is due for a touch.</summary>
    public static DateTime DueAt(DateTime lastTouch, int cadenceDays) => lastTouch.AddDays(cadenceDays);

    /// <summary>After this moment the relationship is overdue.</summary>
    public static DateTime OverdueAt(DateTime lastTouch, int cadenceDays) => lastTouch.AddDays(cadenceDays * OverdueFactor);

    /// <summary>The latest of the touches, or the relationship's opening when there is none yet.</summary>
    public static DateTime LastTouch(DateTime openedAt, params DateTime?[] touches) =>
        touches.Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(openedAt).Max();
}
