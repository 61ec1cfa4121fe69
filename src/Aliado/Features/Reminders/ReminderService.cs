using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.Extensions.Options;

namespace Aliado.Features.Reminders;

/// <summary>
/// Looks for due reminders every <see cref="EmailSettings.CheckEvery"/> while the web app runs. Does
/// nothing when e-mail is not set up. A failed round is logged and tried again next round. With several
/// web nodes, each round runs on the node that takes the reminders lease (and each reminder is still
/// claimed before it is sent).
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, JobLeases leases, IOptions<EmailSettings> settings, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.IsConfigured)
        {
            logger.LogInformation("E-mail is not set up (Email:Smtp:Host, Email:From): agenda reminders are off");
            return;
        }
        using var timer = new PeriodicTimer(settings.Value.CheckEvery, clock);
        do
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sending agenda reminders failed; trying again next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round, if this node takes the lease: null when another node has it.</summary>
    public async Task<ReminderReport?> RoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await leases.TryTakeAsync(scope.ServiceProvider.GetRequiredService<AliadoDbContext>(), JobLease.Reminders, settings.Value.CheckEvery, cancellationToken))
        {
            return null;
        }
        var run = scope.ServiceProvider.GetRequiredService<ReminderRun>();
        await run.ScheduleNewAsync(cancellationToken);
        return await run.SendDueAsync(cancellationToken);
    }
}
