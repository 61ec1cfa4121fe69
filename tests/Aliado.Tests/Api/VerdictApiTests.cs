using System.Net;
using Aliado.Features.Relationships;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Api;

/// <summary>Verdict version 2 over the API: "what I get", landing offerings, and the upgrade of stored verdicts.</summary>
public abstract class VerdictApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    /// <summary>
    /// The first example: the client's only interest is fully met by a trivial interest of mine
    /// and clashes with my main one, and my one offering neither sells nor is valued.
    /// </summary>
    private static async Task<Guid> OneSidedCaseAsync(Account me)
    {
        var boss = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name = "Ricardo" })).ReadAsync(HttpStatusCode.Created)).Id();
        var relationship = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = boss })).ReadAsync(HttpStatusCode.Created)).Id();
        async Task<Guid> Interest(string holder, string description, int importance) =>
            (await (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/interests", new { holder, description, importance })).ReadAsync(HttpStatusCode.Created)).Id();
        var a = await Interest("client", "Weekend availability", 5);
        var x = await Interest("provider", "Time with my family", 5);
        var y = await Interest("provider", "Learn the billing tool", 1);
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/coincidences", new { providerInterestId = y, clientInterestId = a, strength = "full" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/coincidences", new { providerInterestId = x, clientInterestId = a, strength = "conflict" })).EnsureSuccessStatusCode();
        (await me.Api.PostJsonAsync($"/api/v1/relationships/{relationship}/offerings", new { description = "Slide templates", clientBuys = "no", perceivedValue = "none", servesInterestIds = new[] { a } })).EnsureSuccessStatusCode();
        return relationship;
    }

    [Fact]
    public async Task A_deal_where_I_would_not_get_what_I_want_is_no_deal_and_says_so()
    {
        var me = await app.NewAccountAsync("es");
        var relationship = await OneSidedCaseAsync(me);

        var verdict = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/verdict")).ReadAsync(HttpStatusCode.OK);
        var alignment = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}/alignment")).ReadAsync(HttpStatusCode.OK);
        var stored = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK);

        Assert.Equal(("no-deal", 1.0, 1.0 / 6), (verdict.Text("outcome"), verdict["coincidenceShare"]!.GetValue<double>(), verdict["providerShare"]!.GetValue<double>()));
        var reason = Assert.Single(verdict["reasons"]!.AsArray())!;
        Assert.Equal("provider-interests-unmet", reason.Text("code"));
        Assert.Contains("“Time with my family”", reason.Text("text"), StringComparison.Ordinal);
        Assert.Contains("obtendría", reason.Text("text"), StringComparison.Ordinal);
        Assert.Equal(1.0 / 6, alignment["providerShare"]!.GetValue<double>(), 10);
        Assert.Equal(2, alignment["providerInterests"]!.AsArray().Count);
        Assert.Equal(("no-deal", 1.0 / 6), (stored.Text("outcome"), stored["providerShare"]!.GetValue<double>()));
    }

    [Fact]
    public async Task Verdicts_stored_under_the_first_rules_are_recomputed_once_on_upgrade()
    {
        var me = await app.NewAccountAsync();
        var relationship = await OneSidedCaseAsync(me);
        await app.InWorkspaceAsync(me.WorkspaceId, async db =>
        {
            // What version 1 stored for this case: proceed, and no share of mine.
            await db.Database.ExecuteSqlAsync($"UPDATE \"Relationships\" SET \"Outcome\" = 'Proceed', \"ProviderShare\" = 0 WHERE \"Id\" = {relationship}");
            return await db.Database.ExecuteSqlAsync($"UPDATE \"Workspaces\" SET \"VerdictRulesVersion\" = 1 WHERE \"Id\" = {me.WorkspaceId}");
        });
        Assert.Equal("proceed", (await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK)).Text("outcome"));

        await VerdictUpgrade.RunAsync(app.Services, TestContext.Current.CancellationToken);

        var upgraded = await (await me.Api.GetAsync($"/api/v1/relationships/{relationship}")).ReadAsync(HttpStatusCode.OK);
        Assert.Equal(("no-deal", 1.0 / 6), (upgraded.Text("outcome"), upgraded["providerShare"]!.GetValue<double>()));
        Assert.Equal(2, await app.InWorkspaceAsync(me.WorkspaceId, db => db.Workspaces.Where(w => w.Id == me.WorkspaceId).Select(w => w.VerdictRulesVersion).SingleAsync()));
    }
}

public sealed class VerdictApiOnSqlite(SqliteApp app) : VerdictApiTests<SqliteApp>(app);

public sealed class VerdictApiOnPostgres(PostgresApp app) : VerdictApiTests<PostgresApp>(app);
