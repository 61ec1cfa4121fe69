using Aliado.Data;
using Aliado.Features.Health;
using Aliado.Features.Reminders;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Aliado.Cli;

/// <summary>
/// <c>aliado doctor</c>: what an operator should know before trusting an installation — the database
/// answers and takes writes, its schema is current, the key ring is encrypted, e-mail is set up. A
/// failure exits 1; a warning only says what to improve.
/// </summary>
public static class Doctor
{
    public static async Task<int> RunAsync(IServiceProvider services, IStringLocalizer text, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var failed = false;

        var storage = await new StorageHealthCheck(db, new StorageFaultMemory(TimeProvider.System)).CheckHealthAsync(new HealthCheckContext(), cancellationToken);
        if (storage.Status == HealthStatus.Healthy)
        {
            await output.WriteLineAsync(text["cli.doctor-ok", text["cli.doctor-database-ok"]]);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            await output.WriteLineAsync(pending == 0 ? text["cli.doctor-ok", text["cli.doctor-schema-ok"]] : text["cli.doctor-warn", text["cli.doctor-schema-pending", pending]]);
        }
        else
        {
            failed = true;
            await output.WriteLineAsync(text["cli.doctor-fail", text["cli.doctor-database-failed", storage.Description ?? string.Empty]]);
        }

        await output.WriteLineAsync(KeyRingCertificate.IsConfigured(configuration)
            ? text["cli.doctor-ok", text["cli.doctor-keys-ok"]]
            : text["cli.doctor-warn", text["cli.doctor-keys-plain", KeyRingCertificate.PathSetting]]);
        await output.WriteLineAsync(scope.ServiceProvider.GetRequiredService<IOptions<EmailSettings>>().Value.IsConfigured
            ? text["cli.doctor-ok", text["cli.doctor-email-ok"]]
            : text["cli.doctor-warn", text["cli.doctor-email-off"]]);
        return failed ? 1 : 0;
    }
}
