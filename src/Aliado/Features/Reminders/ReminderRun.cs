using Aliado.Core.Reminders;
using Aliado.Data;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Aliado.Features.Reminders;

/// <summary>What a run of reminders did.</summary>
public sealed record ReminderReport(int Sent, int NothingDue);

/// <summary>
/// Sends agenda e-mails: those that are due by each user's schedule (the background service), or every
/// user with reminders on right now (<c>aliado reminders send</c>). A due reminder is claimed by moving
/// its next time forward in one conditional update, so with several web nodes each goes out once.
/// </summary>
public sealed partial class ReminderRun(AliadoDbContext db, AgendaMail agenda, Mailer mailer, TimeProvider clock, ILogger<ReminderRun> logger)
{
    public const int Batch = 100;

    /// <summary>Gives every user with reminders on and no next time yet a next time, without sending.</summary>
    public async Task ScheduleNewAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unscheduled = await db.Users.Where(u => u.NextReminderAt == null && u.ReminderFrequency != ReminderCadence.Off).Take(Batch).ToListAsync(cancellationToken);
        foreach (var user in unscheduled)
        {
            user.NextReminderAt = user.ReminderSchedule.NextAfter(now, ZoneOf(user));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ReminderReport> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Users.AsNoTracking().Where(u => u.NextReminderAt <= now && u.ReminderFrequency != ReminderCadence.Off)
            .OrderBy(u => u.NextReminderAt).Take(Batch).ToListAsync(cancellationToken);
        var claimed = new List<AliadoUser>();
        foreach (var user in due)
        {
            var next = user.ReminderSchedule.NextAfter(now, ZoneOf(user));
            var previous = user.NextReminderAt;
            if (await db.Users.Where(u => u.Id == user.Id && u.NextReminderAt == previous)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.NextReminderAt, next), cancellationToken) == 1)
            {
                claimed.Add(user);
            }
        }
        return await SendAsync(claimed, cancellationToken);
    }

    public async Task<ReminderReport> SendAllNowAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.ReminderFrequency != ReminderCadence.Off && u.Email != null)
            .OrderBy(u => u.CreatedAt).ToListAsync(cancellationToken);
        return await SendAsync(users, cancellationToken);
    }

    private async Task<ReminderReport> SendAsync(List<AliadoUser> users, CancellationToken cancellationToken)
    {
        var messages = new List<MimeMessage>();
        foreach (var user in users)
        {
            if (await agenda.ComposeAsync(user, cancellationToken) is { } message)
            {
                messages.Add(message);
            }
        }
        await mailer.SendAsync(messages, cancellationToken);
        AliadoMetrics.EmailsSent.Add(messages.Count);
        var report = new ReminderReport(messages.Count, users.Count - messages.Count);
        if (report.Sent > 0)
        {
            Log.Sent(logger, report.Sent, report.NothingDue);
        }
        return report;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} agenda e-mails; {Empty} users had nothing due")]
        public static partial void Sent(ILogger logger, int count, int empty);
    }

    private static TimeZoneInfo ZoneOf(AliadoUser user) =>
        Platform.UserTime.IsKnown(user.TimeZone) ? TimeZoneInfo.FindSystemTimeZoneById(user.TimeZone!) : TimeZoneInfo.Utc;
}
