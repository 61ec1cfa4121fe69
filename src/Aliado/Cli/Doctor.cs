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
/// <c>aliado doctor</c>: what an operator should know before trusting an installation — the settings
/// hold, the database answers and takes writes and is intact, its schema is current, the key ring is
/// encrypted, the SMTP server answers, the data folder has room. A failure exits 1; a warning only
/// says what to improve.
/// </summary>
public static class Doctor
{
    public static async Task<int> RunAsync(IServiceProvider services, IStringLocalizer text, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var failed = false;

        var settingsOk = await CheckSettingsAsync(scope.ServiceProvider, configuration, text, output);
        failed |= !settingsOk;
        failed |= !await CheckDatabaseAsync(db, text, output, cancellationToken);

        await output.WriteLineAsync(KeyRingCertificate.IsConfigured(configuration)
            ? text["cli.doctor-ok", text["cli.doctor-keys-ok"]]
            : text["cli.doctor-warn", text["cli.doctor-keys-plain", KeyRingCertificate.PathSetting]]);
        if (settingsOk)
        {
            failed |= !await CheckEmailAsync(scope.ServiceProvider, text, output, cancellationToken);
        }
        failed |= !await CheckDiskAsync(AliadoSettings.DataDirectory(configuration), text, output);
        return failed ? 1 : 0;
    }

    /// <summary>Every setting that is checked when the web app starts, each failure on its own line.</summary>
    private static async Task<bool> CheckSettingsAsync(IServiceProvider services, IConfiguration configuration, IStringLocalizer text, TextWriter output)
    {
        Action[] checks =
        [
            () => _ = services.GetRequiredService<IOptions<EmailSettings>>().Value,
            () => _ = services.GetRequiredService<IOptions<Features.Backups.BackupSettings>>().Value,
            () => Telemetry.Check(configuration),
        ];
        var failures = new List<string>();
        foreach (var check in checks)
        {
            try
            {
                check();
            }
            catch (OptionsValidationException e)
            {
                failures.AddRange(e.Failures);
            }
            catch (SettingsException e)
            {
                failures.Add(e.Message);
            }
        }
        foreach (var failure in failures)
        {
            await output.WriteLineAsync(text["cli.doctor-fail", failure]);
        }
        if (failures.Count == 0)
        {
            await output.WriteLineAsync(text["cli.doctor-ok", text["cli.doctor-settings-ok"]]);
        }
        return failures.Count == 0;
    }

    private static readonly TimeSpan _smtpPatience = TimeSpan.FromSeconds(10);

    private static async Task<bool> CheckEmailAsync(IServiceProvider services, IStringLocalizer text, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<IOptions<EmailSettings>>().Value;
        if (!settings.IsConfigured)
        {
            await output.WriteLineAsync(text["cli.doctor-warn", text["cli.doctor-email-off"]]);
            return true;
        }
        var server = $"{settings.Smtp.Host}:{settings.Smtp.Port}";
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(_smtpPatience);
        try
        {
            await services.GetRequiredService<Mailer>().CheckAsync(patience.Token);
            await output.WriteLineAsync(text["cli.doctor-ok", text["cli.doctor-email-ok", server]]);
            return true;
        }
        catch (Exception e) when (e is MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException or System.Net.Sockets.SocketException or IOException or OperationCanceledException)
        {
            var reason = e is OperationCanceledException ? text["cli.doctor-email-timeout", _smtpPatience.TotalSeconds].Value : e.Message;
            await output.WriteLineAsync(text["cli.doctor-fail", text["cli.doctor-email-failed", server, reason]]);
            return false;
        }
    }

    private const long GiB = 1L << 30;

    /// <summary>The data folder holds the SQLite database and the scheduled backups: say so before it fills.</summary>
    private static async Task<bool> CheckDiskAsync(string folder, IStringLocalizer text, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        var free = new DriveInfo(folder).AvailableFreeSpace;
        var amount = $"{free / (double)GiB:0.0} GiB";
        if (free < GiB / 10)
        {
            await output.WriteLineAsync(text["cli.doctor-fail", text["cli.doctor-disk-full", folder, amount]]);
            return false;
        }
        await output.WriteLineAsync(free < GiB
            ? text["cli.doctor-warn", text["cli.doctor-disk-low", folder, amount]]
            : text["cli.doctor-ok", text["cli.doctor-disk-ok", folder, amount]]);
        return true;
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
