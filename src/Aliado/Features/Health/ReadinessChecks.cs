using Aliado.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aliado.Features.Health;

/// <summary>Every migration this build knows is applied: a node started on a database that is behind is not ready.</summary>
public sealed class MigrationsHealthCheck(AliadoDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The database is {pending} migration(s) behind this version: run \"aliado migrate\".");
    }
}

/// <summary>
/// The data-protection key ring can be read and used: without it no cookie, form token or check-in link
/// made by another node (or before a restart) can be read.
/// </summary>
public sealed class KeyRingHealthCheck(IDataProtectionProvider protection) : IHealthCheck
{
    private const string Probe = "health";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var protector = protection.CreateProtector("Aliado.Health");
            return Task.FromResult(protector.Unprotect(protector.Protect(Probe)) == Probe
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The data-protection keys give back something else than they were given."));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The data-protection keys cannot be read.", e));
        }
    }
}
