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

        failed |= !await CheckDatabaseAsync(db, text, output, cancellationToken);

        await output.WriteLineAsync(KeyRingCertificate.IsConfigured(configuration)
            ? text["cli.doctor-ok", text["cli.doctor-keys-ok"]]
            : text["cli.doctor-warn", text["cli.doctor-keys-plain", KeyRingCertificate.PathSetting]]);
        await output.WriteLineAsync(scope.ServiceProvider.GetRequiredService<IOptions<EmailSettings>>().Value.IsConfigured
            ? text["cli.doctor-ok", text["cli.doctor-email-ok"]]
            : text["cli.doctor-warn", text["cli.doctor-email-off"]]);
        return failed ? 1 : 0;
    }

    /// <summary>
    /// An empty database is not broken — the app creates its tables at start — so the write probe only
    /// runs once the schema exists; otherwise it would report a missing table as a failing disk.
    /// </summary>
    private static async Task<bool> CheckDatabaseAsync(AliadoDbContext db, IStringLocalizer text, TextWriter output, CancellationToken cancellationToken)
    {
        int applied, pending;
        try
        {
            applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count();
            pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        }
        catch (Exception e) when (StorageFaults.IsStorageFault(e) || e is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
        {
            await output.WriteLineAsync(text["cli.doctor-fail", text["cli.doctor-database-unreachable", e.Message]]);
            return false;
        }
        if (applied == 0)
        {
            await output.WriteLineAsync(text["cli.doctor-warn", text["cli.doctor-schema-empty"]]);
            return true;
        }

        var storage = await new StorageHealthCheck(db, new StorageFaultMemory(TimeProvider.System)).CheckHealthAsync(new HealthCheckContext(), cancellationToken);
        if (storage.Status != HealthStatus.Healthy)
        {
            await output.WriteLineAsync(text["cli.doctor-fail", text["cli.doctor-database-failed", storage.Exception?.Message ?? storage.Description ?? string.Empty]]);
            return false;
        }
        await output.WriteLineAsync(text["cli.doctor-ok", text["cli.doctor-database-ok"]]);
        if (db.Database.IsSqlite())
        {
            var integrity = await QuickCheckAsync(db, cancellationToken);
            if (integrity is not ["ok"])
            {
                await output.WriteLineAsync(text["cli.doctor-fail", text["cli.doctor-integrity-failed", string.Join("; ", integrity.Take(5))]]);
                return false;
            }
            await output.WriteLineAsync(text["cli.doctor-ok", text["cli.doctor-integrity-ok"]]);
        }
        await output.WriteLineAsync(pending == 0 ? text["cli.doctor-ok", text["cli.doctor-schema-ok"]] : text["cli.doctor-warn", text["cli.doctor-schema-pending", pending]]);
        return true;
    }

    private static async Task<List<string>> QuickCheckAsync(AliadoDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var lines = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                lines.Add(reader.GetString(0));
            }
            return lines;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
