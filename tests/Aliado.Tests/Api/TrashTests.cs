using System.Net;
using Aliado.Data.Keeping;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Api;

public abstract class TrashTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    /// <summary>A relationship with one of each thing that lives in it, so a restore can be checked whole.</summary>
    private static async Task<(Guid Relationship, Guid ClientInterest, Guid Proposal)> FullRelationshipAsync(Account me)
    {
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo Paz" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var clientInterest = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Be seen as the region that delivers", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        await me.Api.AlignAsync(relationship, clientInterest);
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interactions", new { channel = "meeting", summary = "Quarterly review", reinforcedInterestIds = new[] { clientInterest } })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/pulses", new { onTheirSide = 4, gettingWhatTheyBuy = 4 })).EnsureSuccessStatusCode();
        var proposal = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/proposals", new { title = "Monthly dashboard", interestIds = new[] { clientInterest } })).ReadAsync(HttpStatusCode.Created)).Id();
        return (relationship, clientInterest, proposal);
    }

    private static async Task<string> SnapshotAsync(Account me, Guid relationship)
    {
        var parts = new List<string>();
        foreach (var path in new[] { "", "/interests", "/offerings", "/coincidences", "/interactions", "/pulses", "/proposals", "/verdict" })
        {
            var body = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}{path}")).ReadAsync(HttpStatusCode.OK);
            parts.Add(body.ToJsonString());
        }
        return string.Join("\n", parts);
    }

    [Fact]
    public async Task A_deleted_relationship_goes_to_the_trash_with_everything_in_it_and_comes_back_whole()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _, proposal) = await FullRelationshipAsync(me);
        var before = await SnapshotAsync(me, relationship);

        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/relationships/{relationship}")).StatusCode);
        var trash = await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK);
        var entry = Assert.Single(trash["items"]!.AsArray())!;
        await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await me.Api.GetAsync($"/api/v1/proposals/{proposal}")).ProblemAsync(HttpStatusCode.NotFound);
        var listed = await (await me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK);
        var hiddenInterests = await app.InWorkspaceAsync(me.WorkspaceId, db => db.Interests.CountAsync());

        Assert.Equal(("relationship", "me → Ricardo Paz".Replace("me", me.Email.Split('@')[0], StringComparison.Ordinal), me.Email), (entry.Text("kind"), entry.Text("name"), entry.Text("deletedBy")));
        Assert.Equal(0, listed["total"]!.GetValue<int>());
        Assert.Equal(0, hiddenInterests);

        var restored = await (await me.Api.PostAsync($"/api/v1/trash/{entry.Id()}/restore", null)).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("relationship", relationship), (restored.Text("kind"), restored.Id()));
        Assert.Equal(before, await SnapshotAsync(me, relationship));
        Assert.Equal(0, (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_record_brought_back_from_the_trash_counts_again_in_the_stored_verdict_and_running_summary()
    {
        var me = await app.NewAccountAsync();
        var (relationship, _, _) = await FullRelationshipAsync(me);
        var mine = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/interests")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray().Single(i => i!.Text("holder") == "provider")!.Id();
        var pulse = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/pulses")).ReadAsync(HttpStatusCode.OK))["items"]![0]!.Id();
        async Task<(string?, int?)> StoredAsync()
        {
            var listed = (await (await me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["items"]![0]!;
            return (listed.Text("outcome"), listed["latestOnTheirSide"]?.GetValue<int>());
        }
        var before = await StoredAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/interests/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/pulses/{pulse}")).StatusCode);
        var trashed = await StoredAsync();
        var judged = (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/verdict")).ReadAsync(HttpStatusCode.OK)).Text("outcome");
        foreach (var entry in (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray())
        {
            (await me.Api.PostAsync($"/api/v1/trash/{entry!.Id()}/restore", null)).EnsureSuccessStatusCode();
        }
        var restored = await StoredAsync();

        Assert.Equal(("proceed", 4), before);
        Assert.NotEqual("proceed", trashed.Item1);
        Assert.Equal(judged, trashed.Item1);
        Assert.Null(trashed.Item2);
        Assert.Equal(before, restored);
    }

    [Fact]
    public async Task A_record_deleted_on_its_own_comes_back_and_one_inside_a_trashed_relationship_waits_for_it()
    {
        var me = await app.NewAccountAsync("es");
        var (relationship, _, proposal) = await FullRelationshipAsync(me);

        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/proposals/{proposal}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/relationships/{relationship}")).StatusCode);
        var items = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray();
        var proposalEntry = items.Single(i => i!.Text("kind") == "proposal")!;
        var relationshipEntry = items.Single(i => i!.Text("kind") == "relationship")!;

        var waits = await (await me.Api.PostAsync($"/api/v1/trash/{proposalEntry.Id()}/restore", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("papelera", waits.Text("detail"), StringComparison.Ordinal);

        (await me.Api.PostAsync($"/api/v1/trash/{relationshipEntry.Id()}/restore", null)).EnsureSuccessStatusCode();
        await (await me.Api.GetAsync($"/api/v1/proposals/{proposal}")).ProblemAsync(HttpStatusCode.NotFound);
        (await me.Api.PostAsync($"/api/v1/trash/{proposalEntry.Id()}/restore", null)).EnsureSuccessStatusCode();
        var back = await (await me.Api.GetAsync($"/api/v1/proposals/{proposal}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal("Monthly dashboard", back.Text("title"));
    }

    [Fact]
    public async Task Deleting_for_good_leaves_nothing_behind_not_even_the_history()
    {
        var me = await app.NewAccountAsync();
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Lucía", notes = "Hates surprises" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PutJsonAsync($"/api/v1/people/{person}", new { name = "Lucía Gómez", notes = "Hates surprises in meetings" })).EnsureSuccessStatusCode();
        (await me.Api.DeleteAsync($"/api/v1/people/{person}")).EnsureSuccessStatusCode();
        var entry = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]![0]!;

        Assert.Equal(HttpStatusCode.NoContent, (await me.Api.DeleteAsync($"/api/v1/trash/{entry.Id()}")).StatusCode);
        await (await me.Api.PostAsync($"/api/v1/trash/{entry.Id()}/restore", null)).ProblemAsync(HttpStatusCode.NotFound);
        var left = await app.InWorkspaceAsync(me.WorkspaceId, async db => (
            await db.People.IgnoreQueryFilters().CountAsync(p => p.Id == person),
            await db.Changes.CountAsync(c => c.RecordId == person)));
        Assert.Equal((0, 0), left);
    }

    [Fact]
    public async Task After_thirty_days_the_trash_is_purged_and_younger_entries_stay()
    {
        var me = await app.NewAccountAsync();
        var old = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Old Corp" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.DeleteAsync($"/api/v1/organizations/{old}")).EnsureSuccessStatusCode();
        await app.InWorkspaceAsync(me.WorkspaceId, db => db.TrashEntries.ExecuteUpdateAsync(s => s.SetProperty(t => t.DeletedAt, DateTime.UtcNow.AddDays(-31))));
        var young = (await (await me.Api.PostJsonAsync("/api/v1/organizations", new { name = "Young Corp" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.DeleteAsync($"/api/v1/organizations/{young}")).EnsureSuccessStatusCode();

        await app.InWorkspaceAsync(me.WorkspaceId, db => TrashBin.PurgeExpiredAsync(db, DateTime.UtcNow, CancellationToken.None));

        var items = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal(["Young Corp"], items.Select(i => i!.Text("name")));
        Assert.Equal(0, await app.InWorkspaceAsync(me.WorkspaceId, db => db.Organizations.IgnoreQueryFilters().CountAsync(o => o.Id == old)));
    }

    [Fact]
    public async Task A_tie_made_again_after_deletion_is_allowed_and_the_old_one_then_cannot_come_back_twice()
    {
        var me = await app.NewAccountAsync();
        var ana = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ana" })).ReadAsync(HttpStatusCode.Created)).Id();
        var tie = new { otherPersonId = ana, kind = "reports-to" };
        var first = (await (await me.Api.PostJsonAsync($"/api/v1/people/{me.MeId}/ties", tie)).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.DeleteAsync($"/api/v1/ties/{first}")).EnsureSuccessStatusCode();
        (await (await me.Api.PostJsonAsync($"/api/v1/people/{me.MeId}/ties", tie)).ReadAsync(HttpStatusCode.Created)).Id();
        var entry = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]![0]!;

        var refused = await (await me.Api.PostAsync($"/api/v1/trash/{entry.Id()}/restore", null)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("already", refused.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(1, (await (await me.Api.GetAsync($"/api/v1/people/{me.MeId}/ties")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Another_workspace_cannot_see_restore_or_purge_my_trash_and_a_viewer_cannot_restore()
    {
        var me = await app.NewAccountAsync();
        var person = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Secret Source" })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.DeleteAsync($"/api/v1/people/{person}")).EnsureSuccessStatusCode();
        var entry = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]![0]!;
        var stranger = await app.NewAccountAsync();
        var viewer = await app.JoinAsync(me, await app.NewAccountAsync(), Core.Workspaces.WorkspaceRole.Viewer);

        Assert.Equal(0, (await (await stranger.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
        await (await stranger.Api.PostAsync($"/api/v1/trash/{entry.Id()}/restore", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Api.DeleteAsync($"/api/v1/trash/{entry.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await viewer.PostAsync($"/api/v1/trash/{entry.Id()}/restore", null)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, (await (await viewer.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }
}

public sealed class TrashOnSqlite(SqliteApp app) : TrashTests<SqliteApp>(app);

public sealed class TrashOnPostgres(PostgresApp app) : TrashTests<PostgresApp>(app);
