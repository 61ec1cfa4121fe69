using System.Net;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>The typology feeds every assessment's scoring, so a workspace cannot grow it without bound.</summary>
public sealed class TypologyCapsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Client_types_stop_at_the_workspace_limit_with_a_sentence()
    {
        var me = await app.NewAccountAsync("es");
        var existing = (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK)).AsArray().Count;

        for (var n = existing; n < Core.Typology.ClientType.MaxPerWorkspace; n++)
        {
            (await me.Api.PostJsonAsync("/api/v1/client-types", new { key = $"type-{n}", name = $"Type {n}" })).EnsureSuccessStatusCode();
        }
        var refused = await (await me.Api.PostJsonAsync("/api/v1/client-types", new { key = "one-too-many", name = "One too many" })).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("el límite es 40", refused.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(Core.Typology.ClientType.MaxPerWorkspace, (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK)).AsArray().Count);
    }

    [Fact]
    public async Task A_type_stops_gathering_traits_at_its_limit_retired_ones_included()
    {
        var me = await app.NewAccountAsync();
        var type = (await (await me.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK))[0]!;
        HttpResponseMessage? refused = null;

        for (var round = 0; round < 8 && refused is null; round++)
        {
            var fresh = Enumerable.Range(0, Core.Typology.ClientType.MaxTraits).Select(i => new { text = $"Round {round} trait {i}" });
            var response = await me.Api.PutJsonAsync($"/api/v1/client-types/{type.Id()}", new { name = type.Text("name"), traits = fresh });
            refused = response.StatusCode == HttpStatusCode.Conflict ? response : null;
            Assert.True(refused is not null || response.StatusCode == HttpStatusCode.OK, $"round {round}: {(int)response.StatusCode}");
        }

        Assert.NotNull(refused);
        var detail = (await refused.ProblemAsync(HttpStatusCode.Conflict)).Text("detail");
        Assert.True(detail.Contains("the limit is 100", StringComparison.Ordinal), detail);
    }
}
