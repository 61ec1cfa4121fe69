using Microsoft.Extensions.Options;

namespace Aliado.Features.Reminders;

/// <summary>
/// Looks for due reminders every <see cref="EmailSettings.CheckEvery"/> while the web app runs. Does
/// nothing when e-mail is not set up. A failed round is logged and tried again next round.
/// </summary>
public sealed class ReminderService(IServiceScopeFactory scopes, IOptions<EmailSettings> settings, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
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
                await using var scope = scopes.CreateAsyncScope();
                var run = scope.ServiceProvider.GetRequiredService<ReminderRun>();
                await run.ScheduleNewAsync(stoppingToken);
                await run.SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sending agenda reminders failed; trying again next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
