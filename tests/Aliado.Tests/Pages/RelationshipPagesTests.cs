using System.Net;
using Aliado.Core.Workspaces;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Pages;

public abstract class RelationshipPagesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private static async Task<(Guid Relationship, Guid Interest, Guid Offering)> CaseAsync(Account me)
    {
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Confidential" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var interest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "fears the merger", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        var offering = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "secret plan", servesInterestIds = new[] { interest } })).ReadAsync(HttpStatusCode.Created)).Id();
        return (relationship, interest, offering);
    }

    [Fact]
    public async Task Relationship_pages_of_another_workspace_are_not_found_and_leak_nothing()
    {
        var me = await app.NewAccountAsync();
        var (relationship, interest, offering) = await CaseAsync(me);
        var stranger = await app.NewAccountAsync();
        var browser = new FormClient(app);
        await browser.SignInAsync(stranger.Email);

        foreach (var url in new[] { $"/relationships/{relationship}", $"/relationships/edit/{relationship}", $"/relationships/{relationship}/delete", $"/interests/{interest}/edit", $"/offerings/{offering}/edit" })
        {
            var (status, html) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.DoesNotContain("merger", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Confidential", html, StringComparison.Ordinal);
        }
        var (_, list) = await browser.GetAsync("/relationships");
        Assert.DoesNotContain("Confidential", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_the_case_but_cannot_decide_or_record()
    {
        var owner = await app.NewAccountAsync();
        var (relationship, _, _) = await CaseAsync(owner);
        var viewer = await app.NewAccountAsync();
        await app.JoinAsync(owner, viewer, WorkspaceRole.Viewer);
        var browser = new FormClient(app);
        await browser.SignInAsync(viewer.Email);
        await browser.SubmitAsync("/", [new("workspaceId", owner.WorkspaceId.ToString())], "/workspace/switch");

        var (status, page) = await browser.GetAsync($"/relationships/{relationship}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("fears the merger", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Accept", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=AddClientInterest", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/relationships/edit")).Status);
        var decided = await browser.SubmitAsync("/", [], $"/relationships/{relationship}?handler=Accept");
        Assert.Equal(HttpStatusCode.Forbidden, decided.StatusCode);
        var verdict = await (await owner.Api.GetAsync($"/api/v1/relationships/{relationship}/verdict")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("pending", verdict["decision"]!.Text("state"));
    }

    [Fact]
    public async Task The_owner_changes_the_thresholds_on_the_members_page_and_mistakes_are_explained()
    {
        var me = await app.NewAccountAsync("es");
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var wrong = await (await browser.SubmitAsync("/workspace/members", [new("Thresholds.MinimumCoincidencePercent", "150"), new("Thresholds.WantedImportance", "4")], "/workspace/members?handler=Thresholds")).BodyAsync(HttpStatusCode.OK);
        var saved = await browser.SubmitAsync("/workspace/members", [new("Thresholds.MinimumCoincidencePercent", "40"), new("Thresholds.WantedImportance", "5")], "/workspace/members?handler=Thresholds");

        Assert.Contains("Usa un número entero del 0 al 100.", wrong, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var policy = await (await me.Api.GetAsync("/api/v1/workspace/verdict-policy")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal((40, 5), (policy["minimumCoincidencePercent"]!.GetValue<int>(), policy["wantedImportance"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_conversation_is_logged_on_the_relationship_page_and_an_empty_one_is_explained()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _, _) = await CaseAsync(me);
        var browser = new FormClient(app);
        await browser.SignInAsync(me.Email);
        var url = $"/relationships/{relationship}";

        var empty = await (await browser.SubmitAsync(url, [new("Interaction.Summary", " "), new("Interaction.Channel", "call")], $"{url}?handler=Log")).BodyAsync(HttpStatusCode.OK);
        var logged = await browser.SubmitAsync(url, [new("Interaction.Summary", "Walked through the draft"), new("Interaction.Channel", "call"), new("Interaction.Listening", "4"), new("Interaction.OccurredAt", DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture))], $"{url}?handler=Log");
        var (_, page) = await browser.GetAsync(url);

        Assert.Contains("This is required.", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Contains("Walked through the draft", page, StringComparison.Ordinal);
        Assert.Contains("Due for a touch", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_override_reason_is_explained_next_to_the_field_and_nothing_is_decided()
    {
        var me = await app.NewAccountAsync("es");
        var (relationship, _, _) = await CaseAsync(me);
        var browser = new FormClient(app, "es");
        await browser.SignInAsync(me.Email);

        var page = await (await browser.SubmitAsync($"/relationships/{relationship}", [new("OverrideReason", " ")], $"/relationships/{relationship}?handler=Override")).BodyAsync(HttpStatusCode.OK);

        Assert.Contains("Este dato es obligatorio.", page, StringComparison.Ordinal);
        var verdict = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/verdict")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("pending", verdict["decision"]!.Text("state"));
    }
}

public sealed class RelationshipPagesOnSqlite(SqliteApp app) : RelationshipPagesTests<SqliteApp>(app);

public sealed class RelationshipPagesOnPostgres(PostgresApp app) : RelationshipPagesTests<PostgresApp>(app);
