using System.Net;
using System.Text;
using Aliado.Cli;
using Aliado.Core.Reminders;
using Aliado.Data;
using Aliado.Testing;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace Aliado.Tests.Api;

/// <summary>A real SMTP server in the test process, and the messages it received, parsed with MimeKit.</summary>
public sealed class MailCatcher : IDisposable
{
    public SimpleSmtpServer Server { get; } = Configuration.Configure().WithRandomPort().Build();

    public int Port => Server.Configuration.Port;

    public IReadOnlyList<MimeMessage> Received => [.. Server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))];

    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (Server.ReceivedEmailCount < count && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
        return Received;
    }

    public void Dispose() => Server.Stop();
}

/// <summary>The app with e-mail pointing at the catcher, checking for due reminders every second.</summary>
public abstract class MailingApp : AliadoApp
{
    public MailCatcher Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:From", "agenda@aliado.example");
        builder.UseSetting("Email:PublicUrl", "https://aliado.example");
        builder.UseSetting("Email:CheckEvery", "00:00:01");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Mail.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class MailingSqliteApp : MailingApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class MailingPostgresApp : MailingApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public abstract class ReminderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MailingApp
{
    /// <summary>An account with one overdue relationship and one decided exit that would be overdue too.</summary>
    private async Task<Account> BusyAccountAsync(string culture, string client)
    {
        var me = await app.NewAccountAsync(culture);
        async Task<Guid> OpenAsync(string name)
        {
            var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name })).ReadAsync(HttpStatusCode.Created)).Id();
            var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = person, cadenceDays = 7 })).ReadAsync(HttpStatusCode.Created)).Id();
            (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = DateTime.UtcNow.AddDays(-30), summary = "Catch-up", nextSteps = $"Call {name} about the budget" })).EnsureSuccessStatusCode();
            return relationship;
        }
        await OpenAsync(client);
        var exit = await OpenAsync("Xavier Exit");
        var theirs = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{exit}/interests", new { holder = "client", description = "Cut my team", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        var mine = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{exit}/interests", new { holder = "provider", description = "Keep my team", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{exit}/coincidences", new { providerInterestId = mine, clientInterestId = theirs, strength = "conflict" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{exit}/offerings", new { description = "Headcount analysis", clientBuys = "yes", servesInterestIds = new[] { theirs } })).EnsureSuccessStatusCode();
        var decided = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{exit}/verdict/accept", new { })).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("no-deal", decided.Text("outcome"));
        return me;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ALIADO_DATA_DIR"] = app.DataDirectory,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = app.Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:From"] = "agenda@aliado.example",
            ["Email:PublicUrl"] = "https://aliado.example",
        };
        if (app.Provider == DatabaseProvider.Postgres)
        {
            settings["Database:Provider"] = "postgres";
            settings["Database:ConnectionString"] = app.Services.GetRequiredService<DatabaseOptions>().ConnectionString;
        }
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommands.RunAsync(args, output, error, settings);
        return (exit, output.ToString(), error.ToString());
    }

    private IEnumerable<MimeMessage> To(string email) => app.Mail.Received.Where(m => m.To.Mailboxes.Any(b => b.Address == email));

    [Fact]
    public async Task Reminders_send_mails_each_user_their_agenda_in_their_language_without_decided_exits()
    {
        app.EnsureAvailable();
        var ana = await BusyAccountAsync("es", "Ricardo Salas");
        var off = await BusyAccountAsync("en", "Olga Off");
        (await off.Api.PutJsonAsync("/api/v1/me/reminders", new { frequency = "off" })).EnsureSuccessStatusCode();
        var idle = await app.NewAccountAsync();

        var run = await RunAsync("reminders", "send");

        Assert.True(run.Exit == 0, run.Error);
        var mail = Assert.Single(To(ana.Email));
        Assert.Empty(To(off.Email));
        Assert.Empty(To(idle.Email));
        Assert.Contains("Tu agenda en Aliado", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Ricardo Salas: vencida", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Próximo paso: Call Ricardo Salas about the budget", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://aliado.example/relationships/", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Xavier", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ricardo Salas", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task The_link_in_the_mail_stops_the_mails_without_signing_in()
    {
        app.EnsureAvailable();
        var me = await BusyAccountAsync("en", "Bruno Busy");
        await RunAsync("reminders", "send");
        var link = new Uri(To(me.Email).Last().Headers["List-Unsubscribe"]!.Trim('<', '>'));
        var anonymous = new FormClient(app);

        var (askStatus, ask) = await anonymous.GetAsync(link.AbsolutePath);
        var oneClick = await app.CreateClient().PostAsync(link.AbsolutePath, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        var settings = await (await me.Api.GetAsync("/api/v1/me/reminders")).ReadAsync(HttpStatusCode.OK);
        var (forgedStatus, _) = await anonymous.GetAsync("/reminders/stop/not-a-real-token");

        Assert.Equal(HttpStatusCode.OK, askStatus);
        Assert.Contains("Stop the e-mails", ask, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal("off", settings.Text("frequency"));
        Assert.Equal(HttpStatusCode.NotFound, forgedStatus);
    }

    [Fact]
    public async Task A_due_reminder_goes_out_once_by_itself_and_the_next_one_is_scheduled()
    {
        app.EnsureAvailable();
        var me = await BusyAccountAsync("en", "Dora Due");
        (await me.Api.PutJsonAsync("/api/v1/me/reminders", new { frequency = "weekly", day = "monday", hour = 8 })).EnsureSuccessStatusCode();
        var before = app.Mail.Server.ReceivedEmailCount;
        await app.InWorkspaceAsync(me.WorkspaceId, db => db.Users.Where(u => u.Id == me.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.NextReminderAt, DateTime.UtcNow.AddMinutes(-1))));

        await app.Mail.WaitForAsync(before + 1, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Single(To(me.Email));
        var next = await app.InWorkspaceAsync(me.WorkspaceId, db => db.Users.Where(u => u.Id == me.UserId).Select(u => u.NextReminderAt).SingleAsync());
        Assert.True(next > DateTime.UtcNow, $"next reminder at {next}");
        Assert.Equal((DayOfWeek.Monday, 8), (next!.Value.DayOfWeek, next.Value.Hour));
    }

    [Fact]
    public async Task Reminder_settings_are_checked_and_say_when_the_next_one_comes()
    {
        var me = await app.NewAccountAsync("es");

        var bad = await (await me.Api.PutJsonAsync("/api/v1/me/reminders", new { hour = 25 })).ProblemAsync(HttpStatusCode.BadRequest);
        var hourly = await (await me.Api.PutJsonAsync("/api/v1/me/reminders", new { frequency = "hourly", hour = 9 })).ProblemAsync(HttpStatusCode.BadRequest);
        var daily = await (await me.Api.PutJsonAsync("/api/v1/me/reminders", new { frequency = "daily", hour = 18 })).ReadAsync(HttpStatusCode.OK);

        Assert.Single(hourly.FieldErrors("frequency"));
        Assert.Single(bad.FieldErrors("hour"));
        Assert.Equal(("daily", 18, true), (daily.Text("frequency"), daily["hour"]!.GetValue<int>(), daily["emailConfigured"]!.GetValue<bool>()));
        var next = daily["nextAt"]!.GetValue<DateTime>();
        Assert.True(next > DateTime.UtcNow && next <= DateTime.UtcNow.AddDays(1) && next.Hour == 18, $"next at {next:O}");
    }
}

public sealed class ReminderOnSqlite(MailingSqliteApp app) : ReminderTests<MailingSqliteApp>(app);

public sealed class ReminderOnPostgres(MailingPostgresApp app) : ReminderTests<MailingPostgresApp>(app);

public sealed class ReminderSettingsWithoutEmailTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_e_mail_set_up_the_account_page_says_no_reminders_are_sent()
    {
        var me = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);

        var settings = await (await me.Api.GetAsync("/api/v1/me/reminders")).ReadAsync(HttpStatusCode.OK);
        var (_, page) = await browser.GetAsync("/account");

        Assert.Equal(("weekly", "monday", 8, false), (settings.Text("frequency"), settings.Text("day"), settings["hour"]!.GetValue<int>(), settings["emailConfigured"]!.GetValue<bool>()));
        Assert.Contains("data-testid=\"reminders-no-email\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_refuses_to_send_without_e_mail_or_with_a_bad_port()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var unset = await AdminCommands.RunAsync(["reminders", "send"], output, error, new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = app.DataDirectory });
        var unsetError = error.ToString();
        using var error2 = new StringWriter();
        var badPort = await AdminCommands.RunAsync(["reminders", "send"], output, error2, new Dictionary<string, string?> { ["ALIADO_DATA_DIR"] = app.DataDirectory, ["Email:Smtp:Host"] = "127.0.0.1", ["Email:From"] = "a@b.example", ["Email:Smtp:Port"] = "70000" });

        Assert.Equal(2, unset);
        Assert.Contains("Email__Smtp__Host", unsetError, StringComparison.Ordinal);
        Assert.Equal(2, badPort);
        Assert.Contains("Email:Smtp:Port must be between 1 and 65535", error2.ToString(), StringComparison.Ordinal);
    }
}
