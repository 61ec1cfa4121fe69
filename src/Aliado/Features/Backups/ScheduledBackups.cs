using Aliado.Data;
using Aliado.Platform;
using Microsoft.Extensions.Options;

namespace Aliado.Features.Backups;

/// <summary>Backup__Every (e.g. "1.00:00:00"), Backup__Keep (how many to keep), Backup__Folder (default: the data folder's "backups").</summary>
public sealed class BackupSettings
{
    public const string Section = "Backup";

    public TimeSpan? Every { get; set; }

    public int Keep { get; set; } = 7;

    public string? Folder { get; set; }
}

public sealed class BackupSettingsValidation : IValidateOptions<BackupSettings>
{
    public ValidateOptionsResult Validate(string? name, BackupSettings options)
    {
        var failures = new List<string>();
        if (options.Every is { } every && every < TimeSpan.FromMinutes(1))
        {
            failures.Add($"Backup:Every must be at least one minute (it is {every}); for a daily backup write 1.00:00:00.");
        }
        if (options.Keep is < 1 or > 1000)
        {
            failures.Add($"Backup:Keep must be between 1 and 1000 (it is {options.Keep}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Takes a backup every <see cref="BackupSettings.Every"/> into the folder, keeping the newest <see cref="BackupSettings.Keep"/>.</summary>
/// <remarks>With several web nodes, each period's backup is taken by the node that holds the backups lease.</remarks>
public sealed partial class ScheduledBackups(IOptions<BackupSettings> settings, DatabaseOptions database, IConfiguration configuration, IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<ScheduledBackups> logger) : BackgroundService
{
    public const string Prefix = "aliado-";

    public const string Extension = ".backup";

    public string Folder => settings.Value.Folder is { Length: > 0 } folder ? folder : Path.Combine(AliadoSettings.DataDirectory(configuration), "backups");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.Value.Every is not { } every)
        {
            return;
        }
        using var timer = new PeriodicTimer(every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RoundAsync(every, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(logger, e.GetType().Name, Folder, e);
            }
        }
    }

    /// <summary>This period's backup, if this node takes the lease; false when another node has it.</summary>
    public async Task<bool> RoundAsync(TimeSpan every, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!await leases.TryTakeAsync(scope.ServiceProvider.GetRequiredService<AliadoDbContext>(), Data.Keeping.JobLease.Backups, every, cancellationToken))
            {
                return false;
            }
        }
        await RunOnceAsync(cancellationToken);
        return true;
    }

    /// <summary>One backup, named by its time so the names sort as the backups were taken, then the oldest beyond the limit go.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(Folder, $"{Prefix}{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}{Extension}");
        try
        {
            var outcome = await DatabaseBackup.BackupAsync(database, file, force: false, cancellationToken);
            if (!outcome.Done)
            {
                Failed(logger, outcome.MessageKey, outcome.Argument, null);
                return;
            }
            Taken(logger, file);
            foreach (var old in Directory.GetFiles(Folder, $"{Prefix}*{Extension}").OrderDescending(StringComparer.Ordinal).Skip(settings.Value.Keep))
            {
                File.Delete(old);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            Failed(logger, e.GetType().Name, file, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled backup written to {File}")]
    private static partial void Taken(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled backup failed: {Reason} ({Argument})")]
    private static partial void Failed(ILogger logger, string reason, string argument, Exception? exception);
}
