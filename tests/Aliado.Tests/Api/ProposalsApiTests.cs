using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

public abstract class ProposalsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    private sealed record Case(Account Me, Guid Relationship, Guid Wanted, Guid Minor, Guid Mine, Guid Offering);

    private async Task<Case> CaseAsync(string culture = "en")
    {
        var me = await app.NewAccountAsync(culture);
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        async Task<Guid> Interest(string holder, string description, int importance) =>
            (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder, description, importance })).ReadAsync(HttpStatusCode.Created)).Id();
        var wanted = await Interest("client", "Fewer operational fires", 5);
        var minor = await Interest("client", "A tidy shared drive", 2);
        var mine = await Interest("provider", "Learn operations", 4);
        var offering = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "Process documentation", servesInterestIds = new[] { wanted } })).ReadAsync(HttpStatusCode.Created)).Id();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/coincidences", new { providerInterestId = mine, clientInterestId = wanted, strength = "full" })).EnsureSuccessStatusCode();
        return new Case(me, relationship, wanted, minor, mine, offering);
    }

    private static Task<HttpResponseMessage> ProposeAsync(Case c, object body) => c.Me.Api.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/proposals", body);

    [Fact]
    public async Task A_proposal_serves_client_interests_and_counts_as_a_touch()
    {
        var c = await CaseAsync();
        var at = DateTime.UtcNow.AddHours(-3);

        var created = await (await ProposeAsync(c, new { title = "Map the top three fires", pitch = "So you stop hearing about them from Elena", interestIds = new[] { c.Wanted }, offeringIds = new[] { c.Offering }, proposedAt = at })).ReadAsync(HttpStatusCode.Created);
        var read = await (await c.Me.Api.GetAsync($"/api/v1/proposals/{created.Id()}")).ReadAsync(HttpStatusCode.OK);
        var relationship = await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}")).ReadAsync(HttpStatusCode.OK);
        var list = await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/proposals")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("Map the top three fires", "pending"), (read.Text("title"), read.Text("answer")));
        Assert.Equal(c.Wanted, Assert.Single(read["interestIds"]!.AsArray())!.GetValue<Guid>());
        Assert.Equal(c.Offering, Assert.Single(read["offeringIds"]!.AsArray())!.GetValue<Guid>());
        Assert.Equal(at, relationship["lastTouchAt"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1));
        Assert.Equal(1, list["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_decline_with_an_unknown_reaction_is_read_charitably_with_a_follow_up_and_leaves_the_verdict_alone()
    {
        var c = await CaseAsync();
        var id = (await (await ProposeAsync(c, new { title = "Weekly report", interestIds = new[] { c.Wanted }, proposedAt = DateTime.UtcNow.AddDays(-3) })).ReadAsync(HttpStatusCode.Created)).Id();
        var verdictBefore = (await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}")).ReadAsync(HttpStatusCode.OK)).Text("outcome");
        var answeredAt = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, DateTime.UtcNow.Day, 10, 0, 0, DateTimeKind.Utc).AddDays(-1);

        var answered = await (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "declined", answeredAt, reaction = "unknown", behind = "Budget freeze he cannot talk about" })).ReadAsync(HttpStatusCode.OK);
        var relationship = await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("declined", "unknown", "freezing-or-considered"), (answered.Text("answer"), answered.Text("reaction"), answered.Text("reading")));
        Assert.Equal(DateOnly.FromDateTime(answeredAt).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), answered.Text("followUpOn"));
        Assert.Equal("Budget freeze he cannot talk about", answered.Text("behind"));
        Assert.Equal(verdictBefore, relationship.Text("outcome"));
        Assert.Equal((1, 1), (relationship["declinesAbsorbed"]!.GetValue<int>(), relationship["declineStreak"]!.GetValue<int>()));
    }

    [Fact]
    public async Task An_acceptance_ends_the_run_of_declines_but_keeps_what_was_absorbed()
    {
        var c = await CaseAsync();
        var start = DateTime.UtcNow.AddDays(-10);
        for (var i = 0; i < 3; i++)
        {
            var id = (await (await ProposeAsync(c, new { title = $"Idea {i}", interestIds = new[] { c.Wanted }, proposedAt = start.AddDays(i) })).ReadAsync(HttpStatusCode.Created)).Id();
            var answer = i == 1 ? "accepted" : "declined";
            (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer, answeredAt = start.AddDays(i).AddHours(2), reaction = "considered" })).EnsureSuccessStatusCode();
        }

        var relationship = await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal((2, 1), (relationship["declinesAbsorbed"]!.GetValue<int>(), relationship["declineStreak"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Answering_an_answered_proposal_is_a_clear_conflict_and_changes_nothing()
    {
        var c = await CaseAsync("es");
        var id = (await (await ProposeAsync(c, new { title = "Weekly report", interestIds = new[] { c.Wanted } })).ReadAsync(HttpStatusCode.Created)).Id();
        (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "accepted" })).EnsureSuccessStatusCode();

        var problem = await (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "declined", reaction = "freezing" })).ProblemAsync(HttpStatusCode.Conflict);
        var read = await (await c.Me.Api.GetAsync($"/api/v1/proposals/{id}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("Esta propuesta ya tiene respuesta. Haz una nueva propuesta en lugar de cambiar la historia.", problem.Text("detail"));
        Assert.Equal("accepted", read.Text("answer"));
    }

    [Fact]
    public async Task No_answer_can_still_become_a_late_answer_once()
    {
        var c = await CaseAsync();
        var id = (await (await ProposeAsync(c, new { title = "Weekly report", interestIds = new[] { c.Wanted } })).ReadAsync(HttpStatusCode.Created)).Id();
        (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "no-answer" })).EnsureSuccessStatusCode();

        var late = await (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "accepted" })).ReadAsync(HttpStatusCode.OK);

        Assert.Equal("accepted", late.Text("answer"));
        await (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "no-answer" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_proposal_needs_a_client_interest_of_its_own_relationship_and_nothing_is_written_otherwise()
    {
        var c = await CaseAsync("es");
        var other = await CaseAsync();

        var none = await (await ProposeAsync(c, new { title = "Vague idea", interestIds = Array.Empty<Guid>() })).ProblemAsync(HttpStatusCode.BadRequest);
        var mine = await (await ProposeAsync(c, new { title = "Self-serving", interestIds = new[] { c.Mine } })).ProblemAsync(HttpStatusCode.BadRequest);
        var foreign = await (await ProposeAsync(c, new { title = "Borrowed", interestIds = new[] { other.Wanted }, offeringIds = new[] { other.Offering } })).ProblemAsync(HttpStatusCode.BadRequest);
        var future = await (await ProposeAsync(c, new { title = "  ", interestIds = new[] { c.Wanted }, proposedAt = DateTime.UtcNow.AddDays(5) })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Este dato es obligatorio."], none.FieldErrors("interestIds"));
        Assert.Single(mine.FieldErrors("interestIds"));
        Assert.Single(foreign.FieldErrors("interestIds"));
        Assert.Single(foreign.FieldErrors("offeringIds"));
        Assert.Single(future.FieldErrors("title"));
        Assert.Single(future.FieldErrors("proposedAt"));
        Assert.Equal(0, (await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/proposals")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Proposals_wait_for_an_honest_step_5_and_open_on_proceed_or_a_written_override()
    {
        var me = await app.NewAccountAsync("es");
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        var wanted = (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder = "client", description = "Fewer fires", importance = 5 })).ReadAsync(HttpStatusCode.Created)).Id();
        var url = $"/api/v1/relationships/{relationship}/proposals";

        var refused = await (await me.Api.PostJsonAsync(url, new { title = "Too soon", interestIds = new[] { wanted } })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("paso 5", refused.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(0, (await (await me.Api.GetAsync(url)).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());

        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/verdict/override", new { reason = "He asked me to start now" })).EnsureSuccessStatusCode();
        await (await me.Api.PostJsonAsync(url, new { title = "Knowingly", interestIds = new[] { wanted } })).ReadAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_proposal_rests_only_on_offerings_I_am_willing_to_give()
    {
        var c = await CaseAsync();
        var withheld = (await (await c.Me.Api.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/offerings", new { description = "Weekend cover", willingness = "unwilling", clientBuys = "no" })).ReadAsync(HttpStatusCode.Created)).Id();
        var conditional = (await (await c.Me.Api.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/offerings", new { description = "Extra analysis", willingness = "conditional", servesInterestIds = new[] { c.Wanted } })).ReadAsync(HttpStatusCode.Created)).Id();

        var problem = await (await ProposeAsync(c, new { title = "Cover me", interestIds = new[] { c.Wanted }, offeringIds = new[] { c.Offering, withheld } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var made = await (await ProposeAsync(c, new { title = "Analysis", interestIds = new[] { c.Wanted }, offeringIds = new[] { conditional } })).ReadAsync(HttpStatusCode.Created);
        var edit = await (await c.Me.Api.PutJsonAsync($"/api/v1/proposals/{made.Id()}", new { title = "Analysis", interestIds = new[] { c.Wanted }, offeringIds = new[] { withheld } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["A proposal can rest only on what you are willing to give (or willing with conditions)."], problem.FieldErrors("offeringIds"));
        Assert.Single(edit.FieldErrors("offeringIds"));
        Assert.Equal(1, (await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/proposals")).ReadAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Twenty_answers_sent_at_once_keep_exactly_one_and_refuse_the_rest()
    {
        var c = await CaseAsync();
        var id = (await (await ProposeAsync(c, new { title = "Weekly report", interestIds = new[] { c.Wanted }, proposedAt = DateTime.UtcNow.AddDays(-1) })).ReadAsync(HttpStatusCode.Created)).Id();
        var clients = Enumerable.Range(0, 20).Select(_ => app.Client(c.Me.Token)).ToList();

        var responses = await Task.WhenAll(clients.Select((client, i) =>
            client.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = i % 2 == 0 ? "accepted" : "declined", reaction = "considered" })));

        var kept = Assert.Single(responses, r => r.IsSuccessStatusCode);
        Assert.All(responses.Where(r => r != kept), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var stored = await (await c.Me.Api.GetAsync($"/api/v1/proposals/{id}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal((await kept.ReadAsync(HttpStatusCode.OK)).Text("answer"), stored.Text("answer"));
    }

    [Fact]
    public async Task Bad_answers_are_refused_per_field()
    {
        var c = await CaseAsync();
        var id = (await (await ProposeAsync(c, new { title = "Weekly report", interestIds = new[] { c.Wanted }, proposedAt = DateTime.UtcNow.AddDays(-1) })).ReadAsync(HttpStatusCode.Created)).Id();

        var problem = await (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "maybe" })).ProblemAsync(HttpStatusCode.BadRequest);
        var pending = await (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "pending" })).ProblemAsync(HttpStatusCode.BadRequest);
        var sulking = await (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "declined", reaction = "sulking" })).ProblemAsync(HttpStatusCode.BadRequest);
        var early = await (await c.Me.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "declined", answeredAt = DateTime.UtcNow.AddDays(-3) })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Use one of: pending, accepted, declined, no-answer."], problem.FieldErrors("answer"));
        Assert.Equal(["Use one of: accepted, declined, no-answer."], pending.FieldErrors("answer"));
        Assert.Equal(["Use one of: freezing, uncontrolled, considered, unknown."], sulking.FieldErrors("reaction"));
        Assert.Equal(["This date is before the proposal was made."], early.FieldErrors("answeredAt"));
        Assert.Equal("pending", (await (await c.Me.Api.GetAsync($"/api/v1/proposals/{id}")).ReadAsync(HttpStatusCode.OK)).Text("answer"));
    }

    [Fact]
    public async Task A_proposal_is_changed_and_removed_and_the_last_touch_follows()
    {
        var c = await CaseAsync();
        var id = (await (await ProposeAsync(c, new { title = "Weekly report", interestIds = new[] { c.Wanted } })).ReadAsync(HttpStatusCode.Created)).Id();

        var changed = await (await c.Me.Api.PutJsonAsync($"/api/v1/proposals/{id}", new { title = "Daily digest", interestIds = new[] { c.Wanted, c.Minor } })).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await c.Me.Api.DeleteAsync($"/api/v1/proposals/{id}")).StatusCode);
        var relationship = await (await c.Me.Api.GetAsync($"/api/v1/relationships/{c.Relationship}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("Daily digest", 2), (changed.Text("title"), changed["interestIds"]!.AsArray().Count));
        Assert.Equal(relationship["createdAt"]!.GetValue<DateTime>(), relationship["lastTouchAt"]!.GetValue<DateTime>(), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Another_workspace_cannot_read_answer_or_change_proposals()
    {
        var c = await CaseAsync();
        var id = (await (await ProposeAsync(c, new { title = "Secret restructuring plan", interestIds = new[] { c.Wanted } })).ReadAsync(HttpStatusCode.Created)).Id();
        var stranger = await app.NewAccountAsync();

        foreach (var response in new[]
        {
            await stranger.Api.GetAsync($"/api/v1/relationships/{c.Relationship}/proposals"),
            await stranger.Api.PostJsonAsync($"/api/v1/relationships/{c.Relationship}/proposals", new { title = "x", interestIds = new[] { c.Wanted } }),
            await stranger.Api.GetAsync($"/api/v1/proposals/{id}"),
            await stranger.Api.PutJsonAsync($"/api/v1/proposals/{id}", new { title = "x", interestIds = new[] { c.Wanted } }),
            await stranger.Api.PostJsonAsync($"/api/v1/proposals/{id}/answer", new { answer = "declined" }),
            await stranger.Api.DeleteAsync($"/api/v1/proposals/{id}"),
        })
        {
            var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain("restructuring", problem.ToJsonString(), StringComparison.Ordinal);
        }
        var kept = await (await c.Me.Api.GetAsync($"/api/v1/proposals/{id}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(("Secret restructuring plan", "pending"), (kept.Text("title"), kept.Text("answer")));
    }
}

public sealed class ProposalsApiOnSqlite(SqliteApp app) : ProposalsApiTests<SqliteApp>(app);

public sealed class ProposalsApiOnPostgres(PostgresApp app) : ProposalsApiTests<PostgresApp>(app);
