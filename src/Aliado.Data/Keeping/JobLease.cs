using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Keeping;

/// <summary>
/// Who runs a background job until when. Several web nodes share one database, so a job (the hourly
/// housekeeping, agenda e-mails, scheduled backups) runs on the node that takes its lease; the others
/// skip the round. A node that dies loses the lease when it runs out.
/// </summary>
public sealed class JobLease
{
    public const string Housekeeping = "housekeeping";
    public const string Reminders = "reminders";
    public const string Backups = "backups";

    public static readonly string[] Jobs = [Housekeeping, Reminders, Backups];

    public required string Name { get; init; }

    public string Holder { get; set; } = string.Empty;

    public DateTime Until { get; set; }

    /// <summary>
    /// Takes <paramref name="job"/>'s lease for <paramref name="holder"/> until <paramref name="now"/> +
    /// <paramref name="duration"/> when it is free, run out, or already this holder's; false when another
    /// node holds it. One conditional UPDATE, so of two nodes asking at once exactly one gets it.
    /// </summary>
    public static async Task<bool> TryTakeAsync(AliadoDbContext db, string job, string holder, TimeSpan duration, DateTime now, CancellationToken cancellationToken)
    {
        var until = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.Until <= now || l.Holder == holder))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.Until, until), cancellationToken);
        return taken == 1;
    }
}
