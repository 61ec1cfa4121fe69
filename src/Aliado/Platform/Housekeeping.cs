using Aliado.Data;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Platform;

/// <summary>
/// Hourly chores that keep promises about time: trash older than 30 days is purged, and remembered
/// answers to retried requests are forgotten after a day. Each chore is idempotent, so several nodes
/// running it at once do no harm.
/// </summary>
public sealed partial class Housekeeping(IServiceScopeFactory scopes, TimeProvider clock, ILogger<Housekeeping> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    /// <summary>How long a retry with the same Idempotency-Key gets the first answer back.</summary>
    public static readonly TimeSpan RememberRequests = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
                await RunAsync(db, clock.GetUtcNow().UtcDateTime, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Housekeeping failed; trying again next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunAsync(AliadoDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var purged = await TrashBin.PurgeExpiredAsync(db, now, cancellationToken);
        var forgotten = await db.IdempotentRequests.Where(r => r.CreatedAt < now - RememberRequests).ExecuteDeleteAsync(cancellationToken);
        if (purged + forgotten > 0)
        {
            Cleaned(logger, purged, forgotten);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping purged {Purged} trash entries and forgot {Forgotten} remembered requests")]
    private static partial void Cleaned(ILogger logger, int purged, int forgotten);
}
