using System.Net;
using System.Text.Json.Nodes;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>
/// Relationships are listed by their client's name, read off a column the database keeps: it follows a
/// rename of the client, a change of client, and a trashed relationship coming back.
/// </summary>
public abstract class RelationshipOrderTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task The_list_follows_the_clients_names_through_renames_changes_of_client_and_restores()
    {
        var me = await app.NewAccountAsync();
        var people = new Dictionary<string, Guid>();
        foreach (var name in new[] { "Carla Ruiz", "Ana Soto", "Bruno Díaz", "Úrsula Vidal" })
        {
            people[name] = (await (await me.Api.PostJsonAsync("/api/v1/people", new { name })).ReadAsync(HttpStatusCode.Created)).Id();
        }
        var relationships = new Dictionary<string, Guid>();
        foreach (var name in new[] { "Carla Ruiz", "Ana Soto", "Bruno Díaz" })
        {
            relationships[name] = (await (await me.Api.PostJsonAsync("/api/v1/relationships", new { clientId = people[name] })).ReadAsync(HttpStatusCode.Created)).Id();
        }
        async Task<List<string>> ClientsAsync() => Names((await (await me.Api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["items"]!);

        var first = await ClientsAsync();
        (await me.Api.PutJsonAsync($"/api/v1/people/{people["Ana Soto"]}", new { name = "Zoe Soto" })).EnsureSuccessStatusCode();
        var renamed = await ClientsAsync();
        (await me.Api.PutJsonAsync($"/api/v1/relationships/{relationships["Carla Ruiz"]}", new { clientId = people["Úrsula Vidal"] })).EnsureSuccessStatusCode();
        var changed = await ClientsAsync();
        var byClient = Names((await (await me.Api.GetAsync("/api/v1/dashboard?sort=client")).ReadAsync(HttpStatusCode.OK))["portfolio"]!["items"]!);
        (await me.Api.DeleteAsync($"/api/v1/relationships/{relationships["Bruno Díaz"]}")).EnsureSuccessStatusCode();
        var trashed = await ClientsAsync();
        var entry = (await (await me.Api.GetAsync("/api/v1/trash")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray()[0]!.Id();
        (await me.Api.PostAsync($"/api/v1/trash/{entry}/restore", null)).EnsureSuccessStatusCode();
        var restored = await ClientsAsync();

        Assert.Equal(["Ana Soto", "Bruno Díaz", "Carla Ruiz"], first);
        Assert.Equal(["Bruno Díaz", "Carla Ruiz", "Zoe Soto"], renamed);
        Assert.Equal(["Bruno Díaz", "Úrsula Vidal", "Zoe Soto"], changed);
        Assert.Equal(changed, byClient);
        Assert.Equal(["Úrsula Vidal", "Zoe Soto"], trashed);
        Assert.Equal(changed, restored);
    }

    private static List<string> Names(JsonNode items) => [.. items.AsArray().Select(r => r!.Text("clientName"))];
}

public sealed class RelationshipOrderOnSqlite(SqliteApp app) : RelationshipOrderTests<SqliteApp>(app);

public sealed class RelationshipOrderOnPostgres(PostgresApp app) : RelationshipOrderTests<PostgresApp>(app);
