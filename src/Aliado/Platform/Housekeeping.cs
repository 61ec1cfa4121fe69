using Aliado.Data;
using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Platform;

/// <summary>
/// Hourly chores that keep promises about time: trash older than 30 days is purged, remembered
/// answers to retried requests are forgotten after a day, demo accounts expire after a day, and the
/// query planner's statistics follow the data's growth (<see cref="PlannerStatistics"/>). With
/// several web nodes, each hour's round runs on the one node that takes the housekeeping lease.
/// </summary>
public sealed partial class Housekeeping(IServiceScopeFactory scopes, JobLeases leases, TimeProvider clock, ILogger<Housekeeping> logger) : BackgroundService
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
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Housekeeping failed; trying again next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round, if this node takes the lease; false when another node has this hour's round.</summary>
    public async Task<bool> RoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
        if (!await leases.TryTakeAsync(db, JobLease.Housekeeping, Every, cancellationToken))
        {
            return false;
        }
        await RunAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return true;
    }

    /// <summary>How long a demo account lives: long enough to try everything, short enough not to pile up.</summary>
    public static readonly TimeSpan DemoLifetime = TimeSpan.FromHours(24);

    public async Task RunAsync(AliadoDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var purged = await TrashBin.PurgeExpiredAsync(db, now, cancellationToken);
        var forgotten = await db.IdempotentRequests.Where(r => r.CreatedAt < now - RememberRequests).ExecuteDeleteAsync(cancellationToken);
        var demos = await ExpireDemosAsync(db, now, cancellationToken);
        var uploads = await db.PendingImports.IgnoreQueryFilters().Where(p => p.CreatedAt < now - PendingImport.KeptFor).ExecuteDeleteAsync(cancellationToken);
        await PlannerStatistics.RefreshAsync(db, cancellationToken);
        if (purged + forgotten + demos + uploads > 0)
        {
            Cleaned(logger, purged, forgotten, demos, uploads);
        }
    }

    /// <summary>Demo accounts older than a day go with their workspace (its rows follow by cascade).</summary>
    public static async Task<int> ExpireDemosAsync(AliadoDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var suffix = "@" + Features.Demo.DemoWorkspace.DemoDomain;
        var expired = await db.Users.Where(u => u.Email!.EndsWith(suffix) && u.CreatedAt < now - DemoLifetime).OrderBy(u => u.CreatedAt)
            .Select(u => new { u.Id, u.PersonalWorkspaceId }).Take(200).ToListAsync(cancellationToken);
        foreach (var demo in expired)
        {
            await db.Workspaces.Where(w => w.Id == demo.PersonalWorkspaceId).ExecuteDeleteAsync(cancellationToken);
            await db.Users.Where(u => u.Id == demo.Id).ExecuteDeleteAsync(cancellationToken);
        }
        return expired.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping purged {Purged} trash entries, forgot {Forgotten} remembered requests, removed {Demos} expired demo accounts and {Uploads} unconfirmed imports")]
    private static partial void Cleaned(ILogger logger, int purged, int forgotten, int demos, int uploads);
}
