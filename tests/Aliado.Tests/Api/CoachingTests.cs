using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>What turns the notebook into a coach: standing interests, reinforced interests, health thresholds, prompts, both roles.</summary>
public abstract class CoachingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<(Guid Relationship, Guid Interest)> OpenAsync(Account me, string client)
    {
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = client })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = person })).ReadAsync(HttpStatusCode.Created)).Id();
        var interest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "A calm quarter", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        return (relationship, interest);
    }

    [Fact]
    public async Task Standing_interests_are_kept_once_and_added_to_a_relationship_as_mine()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _) = await OpenAsync(me, "Ricardo");

        var grow = await (await me.Api.PostJsonAsync("/api/v1/standing-interests", new { description = "Grow into a team lead", importance = 5 })).ReadAsync(HttpStatusCode.Created);
        var bad = await (await me.Api.PostJsonAsync("/api/v1/standing-interests", new { description = " ", importance = 9 })).ProblemAsync(HttpStatusCode.BadRequest);
        var used = await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests/from-standing/{grow.Id()}", new { })).ReadAsync(HttpStatusCode.Created);
        var renamed = await (await me.Api.PutJsonAsync($"/api/v1/standing-interests/{grow.Id()}", new { description = "Lead a team", importance = 4 })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(2, bad["errors"]!.AsObject().Count);
        Assert.Equal(("provider", "Grow into a team lead", 5), (used.Text("holder"), used.Text("description"), used["importance"]!.GetValue<int>()));
        Assert.Equal("Lead a team", renamed.Text("description"));
        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/standing-interests/{grow.Id()}")).StatusCode);
        var mine = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/interests")).ReadAsync(HttpStatusCode.OK);
        Assert.Contains(mine["items"]!.AsArray(), i => i!.Text("description") == "Grow into a team lead");
        var stranger = await app.NewAccountAsync();
        Assert.Empty((await (await stranger.Api.GetAsync("/api/v1/standing-interests")).ReadAsync(HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task A_conversation_records_which_client_interests_it_reinforced_and_only_those()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest) = await OpenAsync(me, "Ricardo");
        var (_, otherInterest) = await OpenAsync(me, "Marta");
        var url = $"/api/v1/relationships/{relationship}/interactions";

        var logged = await (await me.Api.PostJsonAsync(url, new { summary = "Walked through the incidents", reinforcedInterestIds = new[] { interest } })).ReadAsync(HttpStatusCode.Created);
        var foreign = await (await me.Api.PostJsonAsync(url, new { summary = "Wrong one", reinforcedInterestIds = new[] { otherInterest } })).ProblemAsync(HttpStatusCode.BadRequest);
        var cleared = await (await me.Api.PutJsonAsync($"/api/v1/interactions/{logged.Id()}", new { summary = "Walked through the incidents", reinforcedInterestIds = Array.Empty<Guid>() })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(interest, Assert.Single(logged["reinforcedInterestIds"]!.AsArray())!.GetValue<Guid>());
        Assert.Single(foreign.FieldErrors("reinforcedInterestIds"));
        Assert.Empty(cleared["reinforcedInterestIds"]!.AsArray());
    }

    [Fact]
    public async Task The_owner_tunes_health_thresholds_and_health_follows_everywhere()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest) = await OpenAsync(me, "Ricardo");
        await me.Api.AlignAsync(relationship, interest);
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 5, gettingWhatTheyBuy = 5, takenAt = DateTime.UtcNow.AddDays(-20) })).EnsureSuccessStatusCode();
        var proposal = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = "Idea", interestIds = new[] { interest }, proposedAt = DateTime.UtcNow.AddDays(-2) })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/proposals/{proposal}/answer", new { answer = "declined", answeredAt = DateTime.UtcNow.AddDays(-1) })).EnsureSuccessStatusCode();
        Assert.Equal("good", (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK)).Text("health"));

        var tuned = await (await me.Api.PutJsonAsync("/api/v1/workspace/health-policy", new { stalePulseDays = 14, watchStreak = 1, atRiskStreak = 2 })).ReadAsync(HttpStatusCode.OK);
        var health = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/health")).ReadAsync(HttpStatusCode.OK);
        var dashboard = await (await me.Api.GetAsync("/api/v1/dashboard?health=watch")).ReadAsync(HttpStatusCode.OK);
        var crossed = await (await me.Api.PutJsonAsync("/api/v1/workspace/health-policy", new { watchStreak = 4, atRiskStreak = 3 })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal((14, 1, 2), (tuned["stalePulseDays"]!.GetValue<int>(), tuned["watchStreak"]!.GetValue<int>(), tuned["atRiskStreak"]!.GetValue<int>()));
        Assert.Equal("watch", health.Text("status"));
        Assert.Equal(["stale-pulse", "decline-streak"], health["reasons"]!.AsArray().Select(r => r!.Text("code")).Order().Reverse());
        Assert.Equal(1, dashboard["portfolio"]!["total"]!.GetValue<int>());
        Assert.Equal(1, dashboard["stalePulses"]!["total"]!.GetValue<int>());
        Assert.Single(crossed.FieldErrors("atRiskStreak"));

        var editor = await app.NewAccountAsync();
        var editorApi = await app.JoinAsync(me, editor, WorkspaceRole.Editor);
        await (await editorApi.PutJsonAsync("/api/v1/workspace/health-policy", new { watchStreak = 2 })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_page_prompts_after_a_no_and_after_a_low_pulse_and_explains_the_bar_to_everyone()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest) = await OpenAsync(me, "Ricardo");
        await me.Api.AlignAsync(relationship, interest);
        var proposal = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = "Idea", interestIds = new[] { interest }, proposedAt = DateTime.UtcNow.AddDays(-2) })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/proposals/{proposal}/answer", new { answer = "declined", answeredAt = DateTime.UtcNow.AddDays(-1) })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 2, gettingWhatTheyBuy = 4 })).EnsureSuccessStatusCode();
        var viewer = await app.NewAccountAsync();
        await app.JoinAsync(me, viewer, WorkspaceRole.Viewer);
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var viewerBrowser = new FormClient(app);
        await viewerBrowser.SignInAsync(viewer.Email);
        await viewerBrowser.SubmitAsync("/", [new("workspaceId", me.WorkspaceId.ToString())], "/workspace/switch");

        var page = WebUtility.HtmlDecode((await browser.GetAsync($"/relationships/{relationship}")).Html);
        var asViewer = WebUtility.HtmlDecode((await viewerBrowser.GetAsync($"/relationships/{relationship}")).Html);
        var (howStatus, how) = await new FormClient(app).GetAsync("/how-it-works");

        Assert.Contains($"/lessons?from={relationship}#record-lesson", page, StringComparison.Ordinal);
        Assert.Contains("What would show Ricardo that you are on their side?", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"verdict-bar\"", asViewer, StringComparison.Ordinal);
        Assert.Contains("at least 25 %", asViewer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, howStatus);
        Assert.Contains("data-testid=\"verdict-rules\"", how, StringComparison.Ordinal);
        Assert.Contains("href=\"/how-it-works#step-5\"", page, StringComparison.Ordinal);
        var lessons = (await browser.GetAsync($"/lessons?from={relationship}")).Html;
        Assert.Contains($"<option value=\"{relationship}\" selected=\"selected\">", lessons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_I_am_the_client_the_page_speaks_to_me_as_the_client_in_both_languages()
    {
        var me = await app.NewAccountAsync("es");
        var mentor = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Tomás" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = me.MeId, providerId = mentor, authority = "execute" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 4, gettingWhatTheyBuy = 3 })).EnsureSuccessStatusCode();
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var page = WebUtility.HtmlDecode((await browser.GetAsync($"/relationships/{relationship}")).Html);
        var api = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK);

        Assert.Contains("3. Lo que quiere quien te provee", page, StringComparison.Ordinal);
        Assert.Contains("Siento que está de mi lado", page, StringComparison.Ordinal);
        Assert.Contains("De mi lado 4/5 · recibo lo que compro 3/5", page, StringComparison.Ordinal);
        Assert.Contains("Ejecuto lo que otros deciden", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Siente que estoy de su lado", page, StringComparison.Ordinal);
        Assert.Equal("execute", api.Text("authority"));
    }
}

public sealed class CoachingOnSqlite(SqliteApp app) : CoachingTests<SqliteApp>(app);

public sealed class CoachingOnPostgres(PostgresApp app) : CoachingTests<PostgresApp>(app);
