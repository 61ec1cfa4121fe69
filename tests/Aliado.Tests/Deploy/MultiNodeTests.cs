using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Aliado.Data;
using Aliado.Features.Reminders;
using Aliado.Platform;
using Aliado.Tests.Api;
using Aliado.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Deploy;

/// <summary>One web node of a team install: PostgreSQL shared with the other node, e-mail to one catcher, reminders checked every second.</summary>
public sealed class Node(MailCatcher mail, string? shared) : AliadoApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string? SharedPostgres => shared;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:From", "agenda@aliado.example");
        builder.UseSetting("Email:PublicUrl", "https://aliado.example");
        builder.UseSetting("Email:CheckEvery", "00:00:01");
        if (shared is not null)
        {
            // As in deploy/compose.yaml: the first node (standing in for the migrate step) made the schema.
            builder.UseSetting("Database:MigrateOnStart", "false");
        }
    }
}

/// <summary>Two app instances on one real PostgreSQL database, as deploy/compose.yaml runs them.</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public MailCatcher Mail { get; } = new();

    public Node A { get; private set; } = null!;

    public Node B { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        A = new Node(Mail, shared: null);
        await A.InitializeAsync();
        B = new Node(Mail, A.PostgresDatabase);
        await B.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        Mail.Dispose();
    }
}

public sealed partial class MultiNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private Node A => nodes.A;

    private Node B => nodes.B;

    [Fact]
    public async Task A_session_started_on_one_node_works_on_the_other_and_so_does_its_form_token()
    {
        var me = await A.NewAccountAsync();
        var cookies = await SignInAsync(A, me.Email);
        var onB = Raw(B);

        var page = await onB.SendAsync(WithCookies(HttpMethod.Get, "/people", cookies));
        var anonymous = await onB.GetAsync("/people");
        var (form, formCookies) = await FormAsync(A, "/people/edit", cookies);
        var posted = await onB.SendAsync(WithCookies(HttpMethod.Post, "/people/edit", formCookies, new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", form),
            new("Input.Name", "Nadia Nodo"),
            new("Input.SocialStyle", "unknown"),
        ])));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(me.Email.Split('@')[0], await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"the form from node A was refused by node B: {(int)posted.StatusCode}");
        Assert.Equal(1, await A.InWorkspaceAsync(me.WorkspaceId, db => db.People.CountAsync(p => p.Name == "Nadia Nodo", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task An_edit_on_one_node_makes_a_stale_write_on_the_other_412()
    {
        var me = await A.NewAccountAsync();
        var onA = A.Client(me.Token);
        var onB = B.Client(me.Token);
        var person = (await (await onA.PostJsonAsync("/api/v1/people", new { name = "Elena" })).ReadAsync(HttpStatusCode.Created)).Id();
        var seen = (await onB.GetAsync($"/api/v1/people/{person}", TestContext.Current.CancellationToken)).Headers.ETag!.Tag;

        var first = await onA.SendAsync(Write(HttpMethod.Put, $"/api/v1/people/{person}", new { name = "Elena Ruiz" }, seen), TestContext.Current.CancellationToken);
        var stale = await onB.SendAsync(Write(HttpMethod.Put, $"/api/v1/people/{person}", new { name = "Elena R." }, seen), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await stale.ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(first.Headers.ETag!.Tag, problem.Text("currentVersion"));
        Assert.Equal("Elena Ruiz", (await (await onB.GetAsync($"/api/v1/people/{person}", TestContext.Current.CancellationToken)).ReadAsync(HttpStatusCode.OK)).Text("name"));
    }

    [Fact]
    public async Task A_feed_revoked_on_one_node_is_dead_on_the_other()
    {
        var me = await A.NewAccountAsync();
        var feed = new Uri((await (await A.Client(me.Token).PostAsync("/api/v1/calendar-feed", null, TestContext.Current.CancellationToken)).ReadAsync(HttpStatusCode.OK)).Text("url")).PathAndQuery;
        var onB = B.Client(null);

        var before = await onB.GetAsync(feed, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, (await A.Client(me.Token).DeleteAsync("/api/v1/calendar-feed", TestContext.Current.CancellationToken)).StatusCode);
        var after = await onB.GetAsync(feed, TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (before.StatusCode, after.StatusCode));
    }

    /// <summary>Each node remembers who a token is; a membership given or taken on the other node counts from the next request.</summary>
    [Fact]
    public async Task A_membership_given_or_taken_on_one_node_counts_at_once_on_the_other()
    {
        var owner = await A.NewAccountAsync();
        var member = await A.NewAccountAsync();
        var personalOnA = A.Client(member.Token);
        var workspacesBefore = (await (await personalOnA.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).ReadAsync(HttpStatusCode.OK))["workspaces"]!.AsArray().Count;
        var sharedToken = (await B.JoinAsync(owner, member, Core.Workspaces.WorkspaceRole.Editor)).DefaultRequestHeaders.Authorization!.Parameter!;
        var sharedOnA = A.Client(sharedToken);

        var workspacesAfter = (await (await personalOnA.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).ReadAsync(HttpStatusCode.OK))["workspaces"]!.AsArray().Count;
        var whileMember = await sharedOnA.GetAsync("/api/v1/people", TestContext.Current.CancellationToken);
        var members = await (await B.Client(owner.Token).GetAsync("/api/v1/workspace/members", TestContext.Current.CancellationToken)).ReadAsync(HttpStatusCode.OK);
        var membership = members.AsArray().Single(m => m!.Text("email") == member.Email)!.Text("id");
        Assert.Equal(HttpStatusCode.NoContent, (await B.Client(owner.Token).DeleteAsync($"/api/v1/workspace/members/{membership}", TestContext.Current.CancellationToken)).StatusCode);
        var afterRemoval = await sharedOnA.GetAsync("/api/v1/people", TestContext.Current.CancellationToken);

        Assert.Equal((1, 2), (workspacesBefore, workspacesAfter));
        Assert.Equal(HttpStatusCode.OK, whileMember.StatusCode);
        await afterRemoval.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Each_round_of_housekeeping_runs_on_one_node()
    {
        A.EnsureAvailable();
        var onA = A.Services.GetRequiredService<Housekeeping>();
        var onB = B.Services.GetRequiredService<Housekeeping>();
        await LetTheLeaseRunOutAsync(Aliado.Data.Keeping.JobLease.Housekeeping);

        var rounds = await Task.WhenAll(onA.RoundAsync(TestContext.Current.CancellationToken), onB.RoundAsync(TestContext.Current.CancellationToken));
        var again = await Task.WhenAll(onA.RoundAsync(TestContext.Current.CancellationToken), onB.RoundAsync(TestContext.Current.CancellationToken));

        Assert.Single(rounds, ran => ran);
        Assert.Equal(rounds, again);
    }

    [Fact]
    public async Task Each_due_agenda_e_mail_is_sent_exactly_once_with_both_nodes_checking_every_second()
    {
        A.EnsureAvailable();
        _ = B.Services; // both nodes running their reminder service
        var accounts = new List<Account>();
        foreach (var i in Enumerable.Range(0, 6))
        {
            var account = await (i % 2 == 0 ? A : B).NewAccountAsync();
            await DueAgendaAsync(account);
            accounts.Add(account);
        }
        var before = nodes.Mail.Server.ReceivedEmailCount;

        await A.InWorkspaceAsync(accounts[0].WorkspaceId, db => db.Users.Where(u => accounts.Select(a => a.UserId).Contains(u.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.NextReminderAt, DateTime.UtcNow.AddMinutes(-1)), TestContext.Current.CancellationToken));
        await nodes.Mail.WaitForAsync(before + accounts.Count, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        var received = nodes.Mail.Received;
        foreach (var account in accounts)
        {
            Assert.Single(received, m => m.To.Mailboxes.Any(b => b.Address == account.Email));
        }
    }

    private async Task LetTheLeaseRunOutAsync(string job) =>
        await A.InWorkspaceAsync(Guid.Empty, db => db.JobLeases.Where(l => l.Name == job)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, DateTime.UnixEpoch), TestContext.Current.CancellationToken));

    /// <summary>Agenda e-mails on, and one relationship whose follow-up is overdue.</summary>
    private static async Task DueAgendaAsync(Account me)
    {
        (await me.Api.PutJsonAsync("/api/v1/me/reminders", new { frequency = "weekly", day = "monday", hour = 8 })).EnsureSuccessStatusCode();
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Óscar Overdue" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = person, cadenceDays = 7 })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { occurredAt = DateTime.UtcNow.AddDays(-30), summary = "Catch-up", nextSteps = "Send the proposal" })).EnsureSuccessStatusCode();
    }

    private static HttpClient Raw(AliadoApp node) =>
        node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static HttpRequestMessage WithCookies(HttpMethod method, string url, IReadOnlyDictionary<string, string> cookies, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        return request;
    }

    private static HttpRequestMessage Write(HttpMethod method, string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    /// <summary>Signs in on <paramref name="node"/> the way a browser does and returns the cookies it was given.</summary>
    private static async Task<Dictionary<string, string>> SignInAsync(AliadoApp node, string email)
    {
        var (token, cookies) = await FormAsync(node, "/signin", new Dictionary<string, string>());
        var response = await Raw(node).SendAsync(WithCookies(HttpMethod.Post, "/signin", cookies, new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Input.Email", email),
            new("Input.Password", Account.Password),
        ])));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signedIn = Merge(cookies, response);
        Assert.Contains("aliado.session", signedIn.Keys);
        return signedIn;
    }

    /// <summary>Loads a page's form on <paramref name="node"/>: its token, and the cookies to send with it.</summary>
    private static async Task<(string Token, Dictionary<string, string> Cookies)> FormAsync(AliadoApp node, string page, IReadOnlyDictionary<string, string> cookies)
    {
        var response = await Raw(node).SendAsync(WithCookies(HttpMethod.Get, page, cookies));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page} answered {(int)response.StatusCode}");
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);
        return (token, Merge(cookies, response));
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> cookies, HttpResponseMessage response)
    {
        var merged = new Dictionary<string, string>(cookies);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            merged[pair[..equals]] = pair[(equals + 1)..];
        }
        return merged;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
