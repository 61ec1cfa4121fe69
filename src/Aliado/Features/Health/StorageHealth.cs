using Aliado.Data;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aliado.Features.Health;

/// <summary>
/// Remembers when requests last met a failing store, so /health can report a full disk that only a
/// real write reveals. The memory fades after <see cref="Window"/>: once writes succeed again the app is
/// healthy again, without a restart.
/// </summary>
public sealed class StorageFaultMemory(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private long _lastFaultTicks;

    public void Record() => Interlocked.Exchange(ref _lastFaultTicks, clock.GetUtcNow().UtcTicks);

    public bool Recent => clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastFaultTicks) < Window.Ticks;
}

/// <summary>The store answers, takes a write (rolled back), and no request met a storage fault in the last minute.</summary>
public sealed class StorageHealthCheck(AliadoDbContext db, StorageFaultMemory faults) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }
            await using (var probe = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                db.IdempotentRequests.Add(new IdempotentRequest { Owner = "health", Key = Guid.NewGuid().ToString("N"), Path = "/health" });
                await db.SaveChangesAsync(cancellationToken);
                await probe.RollbackAsync(cancellationToken);
            }
        }
        catch (Exception e) when (StorageFaults.IsStorageFault(e) || e is DbUpdateException)
        {
            faults.Record();
            return HealthCheckResult.Unhealthy("The database cannot be written.", e);
        }
        return faults.Recent
            ? HealthCheckResult.Unhealthy("A request met a storage fault in the last minute.")
            : HealthCheckResult.Healthy();
    }
}
