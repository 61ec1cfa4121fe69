using System.Net;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Api;

public abstract class CalendarFeedTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private async Task<(Account Me, Guid Relationship)> AgendaAsync(string culture = "en")
    {
        var me = await app.NewAccountAsync(culture);
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo, the boss" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss, cadenceDays = 10 })).ReadAsync(HttpStatusCode.Created)).Id();
        var interest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Calm quarter", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        await me.Api.AlignAsync(relationship, interest);
        var proposal = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = "Weekly report; short", interestIds = new[] { interest }, proposedAt = DateTime.UtcNow.AddDays(-2) })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/proposals/{proposal}/answer", new { answer = "declined", answeredAt = DateTime.UtcNow.AddDays(-1) })).EnsureSuccessStatusCode();
        return (me, relationship);
    }

    [Fact]
    public async Task The_feed_parses_as_icalendar_with_the_due_date_and_the_follow_up()
    {
        var (me, _) = await AgendaAsync("es");
        var url = (await (await me.Api.PostAsync("/api/v1/calendar-feed", null)).ReadAsync(HttpStatusCode.OK)).Text("url");
        var anonymous = app.Client(null);

        var response = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var touch = Assert.Single(calendar.Events, e => e.Summary == "Contactar a Ricardo, the boss");
        var followUp = Assert.Single(calendar.Events, e => e.Summary == "Hacer seguimiento con Ricardo, the boss");
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2).AddDays(10)), DateOnly.FromDateTime(touch.DtStart!.Value));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1).AddDays(7)), DateOnly.FromDateTime(followUp.DtStart!.Value));
        Assert.Contains("Weekly report; short", followUp.Description, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public async Task A_wrong_or_revoked_secret_is_refused_and_shows_nothing()
    {
        var (me, _) = await AgendaAsync();
        var old = new Uri((await (await me.Api.PostAsync("/api/v1/calendar-feed", null)).ReadAsync(HttpStatusCode.OK)).Text("url")).PathAndQuery;
        var replaced = new Uri((await (await me.Api.PostAsync("/api/v1/calendar-feed", null)).ReadAsync(HttpStatusCode.OK)).Text("url")).PathAndQuery;
        var anonymous = app.Client(null);

        var wrong = await anonymous.GetAsync("/calendar/ali_not-a-real-secret.ics");
        var stale = await anonymous.GetAsync(old);
        var current = await anonymous.GetAsync(replaced);
        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync("/api/v1/calendar-feed")).StatusCode);
        var revoked = await anonymous.GetAsync(replaced);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NotFound), (wrong.StatusCode, stale.StatusCode, current.StatusCode, revoked.StatusCode));
        Assert.DoesNotContain("Ricardo", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_dies_when_its_owner_leaves_the_workspace()
    {
        var (owner, _) = await AgendaAsync();
        var member = await app.NewAccountAsync();
        var memberApi = await app.JoinAsync(owner, member, Aliado.Core.Workspaces.WorkspaceRole.Viewer);
        var feed = new Uri((await (await memberApi.PostAsync("/api/v1/calendar-feed", null)).ReadAsync(HttpStatusCode.OK)).Text("url")).PathAndQuery;
        var anonymous = app.Client(null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(feed)).StatusCode);

        await app.InWorkspaceAsync(owner.WorkspaceId, db => db.Memberships.Where(m => m.UserId == member.UserId && m.WorkspaceId == owner.WorkspaceId).ExecuteDeleteAsync());
        var after = await anonymous.GetAsync(feed);

        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.DoesNotContain("Ricardo", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_only_lists_its_own_workspace()
    {
        var (_, _) = await AgendaAsync();
        var stranger = await app.NewAccountAsync();
        var url = new Uri((await (await stranger.Api.PostAsync("/api/v1/calendar-feed", null)).ReadAsync(HttpStatusCode.OK)).Text("url")).PathAndQuery;

        var text = await app.Client(null).GetStringAsync(url);

        Assert.DoesNotContain("Ricardo", text, StringComparison.Ordinal);
        Assert.Empty(Ical.Net.Calendar.Load(text)!.Events);
    }
}

public sealed class CalendarFeedOnSqlite(SqliteApp app) : CalendarFeedTests<SqliteApp>(app);

public sealed class CalendarFeedOnPostgres(PostgresApp app) : CalendarFeedTests<PostgresApp>(app);
