using System.Globalization;
using System.Net;
using System.Text;
using Aliado.Data;
using Aliado.Features.Dashboard;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace Aliado.Features.Reminders;

/// <summary>One line of the agenda e-mail: a relationship, what is due, and the next step.</summary>
public sealed record AgendaLine(string Client, string What, string NextStep, Uri Link);

/// <summary>One workspace's part of the agenda e-mail.</summary>
public sealed record AgendaSection(string Workspace, IReadOnlyList<AgendaLine> Lines);

/// <summary>
/// The agenda e-mail: for every workspace the user belongs to, the overdue and due relationships, the
/// follow-ups after a "no" and the stale pulses, each with its next step; in the user's language and
/// time zone, with a link to stop these e-mails. Decided exits never appear (the dashboard's agenda
/// leaves them out).
/// </summary>
public sealed class AgendaMail(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<EmailSettings> settings, Unsubscribe unsubscribe)
{
    public async Task<MimeMessage?> ComposeAsync(AliadoUser user, CancellationToken cancellationToken)
    {
        var culture = new CultureInfo(Localization.Normalize(user.PreferredCulture));
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        var sections = new List<AgendaSection>();
        List<(Guid Id, string Name)> workspaces;
        await using (var scope = scopes.CreateAsyncScope())
        {
            workspaces = await scope.ServiceProvider.GetRequiredService<AliadoDbContext>().Memberships.AsNoTracking()
                .Where(m => m.UserId == user.Id).OrderBy(m => m.CreatedAt)
                .Select(m => new ValueTuple<Guid, string>(m.WorkspaceId, m.Workspace!.Name)).ToListAsync(cancellationToken);
        }
        foreach (var (id, name) in workspaces)
        {
            var lines = await LinesAsync(id, user.TimeZone, cancellationToken);
            if (lines.Count > 0)
            {
                sections.Add(new AgendaSection(name, lines));
            }
        }
        return sections.Count == 0 ? null : Write(user, sections);
    }

    private async Task<IReadOnlyList<AgendaLine>> LinesAsync(Guid workspaceId, string? timeZone, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var workspaceScope = scope.ServiceProvider.GetRequiredService<WorkspaceScope>();
        workspaceScope.Enter(workspaceId);
        var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
        workspaceScope.Use(await db.Workspaces.Where(w => w.Id == workspaceId)
            .Select(w => new Core.Running.HealthPolicy(w.StalePulseDays, w.WatchStreak, w.AtRiskStreak, Core.Running.HealthPolicy.Default.VoiceGap)).FirstAsync(cancellationToken));
        var localizer = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var time = scope.ServiceProvider.GetRequiredService<UserTime>();
        time.Use(timeZone);
        var now = clock.GetUtcNow().UtcDateTime;
        var agenda = await Dashboard.Dashboard.ReadAsync(db, clock, time.Today, new PortfolioQuery(), new PageRequest(1, 1), cancellationToken);
        var withSteps = (await db.WithNextStepsAsync(agenda.Overdue.Items.Concat(agenda.Due.Items).Concat(agenda.StalePulses.Items), cancellationToken)).ToDictionary(r => r.Id, r => r.NextSteps);
        string Step(RelationshipDto r) => withSteps.GetValueOrDefault(r.Id) is { } steps ? steps : localizer["mail.agenda.touch-step", localizer.Cadence(r.CadenceDays)];
        Uri Link(Guid id, string step) => new(settings.Value.BaseAddress, $"relationships/{id}#{step}");
        var lines = new List<AgendaLine>();
        lines.AddRange(agenda.Overdue.Items.Select(r => new AgendaLine(r.ClientName, localizer["mail.agenda.overdue", localizer.Days((int)(now - r.LastTouchAt).TotalDays)], Step(r), Link(r.Id, "step-6"))));
        lines.AddRange(agenda.Due.Items.Select(r => new AgendaLine(r.ClientName, localizer["mail.agenda.due", localizer.Days((int)(now - r.LastTouchAt).TotalDays)], Step(r), Link(r.Id, "step-6"))));
        lines.AddRange(agenda.FollowUps.Items.Select(f => new AgendaLine(f.ClientName, localizer["mail.agenda.follow-up", f.Title, f.FollowUpOn.ToString("d", CultureInfo.CurrentCulture)], localizer["mail.agenda.follow-up-step"], Link(f.RelationshipId, "step-7"))));
        lines.AddRange(agenda.StalePulses.Items.Select(r => new AgendaLine(r.ClientName, r.LatestPulseAt is { } at ? localizer["mail.agenda.stale", localizer.Days((int)(now - at).TotalDays)] : localizer["mail.agenda.no-pulse"], localizer["mail.agenda.pulse-step"], Link(r.Id, "step-8"))));
        return lines;
    }

    private MimeMessage Write(AliadoUser user, List<AgendaSection> sections)
    {
        using var scope = scopes.CreateScope();
        var localizer = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        var stop = unsubscribe.LinkFor(user.Id, settings.Value.BaseAddress);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.Value.From!));
        message.To.Add(new MailboxAddress(user.DisplayName, user.Email!));
        message.Subject = localizer["mail.agenda.subject", sections.Sum(s => s.Lines.Count)];
        // RFC 8058: mail programs can offer "unsubscribe" and stop the e-mails with one POST.
        message.Headers.Add("List-Unsubscribe", $"<{stop}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        var text = new StringBuilder();
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{Localization.Current}\"><body style=\"font-family:system-ui,sans-serif;line-height:1.5\">");
        text.AppendLine(localizer["mail.agenda.greeting", user.DisplayName]).AppendLine();
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(localizer["mail.agenda.greeting", user.DisplayName])}</p>");
        foreach (var section in sections)
        {
            if (sections.Count > 1)
            {
                text.AppendLine(section.Workspace).AppendLine(new string('=', section.Workspace.Length));
                html.Append(CultureInfo.InvariantCulture, $"<h2 style=\"font-size:1.1em\">{E(section.Workspace)}</h2>");
            }
            html.Append("<ul>");
            foreach (var line in section.Lines)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {line.Client}: {line.What}")
                    .AppendLine(CultureInfo.InvariantCulture, $"  {localizer["mail.agenda.next"]} {line.NextStep}")
                    .AppendLine(CultureInfo.InvariantCulture, $"  {line.Link}");
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(line.Link.ToString())}\"><strong>{E(line.Client)}</strong></a>: {E(line.What)}<br>{E(localizer["mail.agenda.next"])} {E(line.NextStep)}</li>");
            }
            html.Append("</ul>");
            text.AppendLine();
        }
        text.AppendLine(localizer["mail.agenda.footer", stop]);
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"color:#4b5563;font-size:.9em\">{E(localizer["mail.agenda.why"])} <a href=\"{E(stop.ToString())}\">{E(localizer["mail.agenda.stop"])}</a></p></body></html>");
        message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html.ToString() }.ToMessageBody();
        return message;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
