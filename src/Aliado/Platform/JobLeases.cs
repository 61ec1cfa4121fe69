using Aliado.Data;
using Aliado.Data.Keeping;

namespace Aliado.Platform;

/// <summary>
/// This process's name in the job leases, and the question a background job asks before each round:
/// "is this round mine?" With several web nodes on one database, each round of a job runs on one node.
/// </summary>
public sealed class JobLeases(TimeProvider clock)
{
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes the job's lease for one period: no other node runs it until the period is over or this node lets it lapse.</summary>
    public Task<bool> TryTakeAsync(AliadoDbContext db, string job, TimeSpan period, CancellationToken cancellationToken) =>
        JobLease.TryTakeAsync(db, job, Holder, period, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
