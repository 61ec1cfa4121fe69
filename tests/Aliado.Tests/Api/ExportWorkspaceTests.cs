using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Features.Demo;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Api;

public abstract class ExportWorkspaceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    [Fact]
    public async Task A_workspace_exported_and_imported_into_a_new_account_exports_again_as_the_same_document_apart_from_ids()
    {
        var demo = await DemoAsync();
        await TailorAsync(demo);
        var stranger = await app.NewAccountAsync();
        (await stranger.Api.PostJsonAsync("/api/v1/people", new { name = "Someone Else Entirely" })).EnsureSuccessStatusCode();

        var response = await demo.Api.GetAsync("/api/v1/export");
        var exported = await response.Content.ReadAsStringAsync();
        var target = await app.NewAccountAsync();
        var imported = await (await target.Api.PostAsync("/api/v1/imports/workspace", new StringContent(exported, Encoding.UTF8, "application/json"))).ReadAsync(HttpStatusCode.OK);
        var again = await target.Api.GetStringAsync("/api/v1/export");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var document = JsonNode.Parse(exported)!;
        Assert.Equal("aliado-workspace", document.Text("format"));
        Assert.Equal(1, document["version"]!.GetValue<int>());
        Assert.DoesNotContain("Someone Else Entirely", exported, StringComparison.Ordinal);
        Assert.Equal(8, imported["people"]!.GetValue<int>());
        Assert.Equal(5, imported["relationships"]!.GetValue<int>());
        Assert.Equal(Normalized(exported), Normalized(again));
        var sections = document.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["format", "version", "exportedAt", "workspace", "organizations", "people", "ties", "standingInterests", "typology", "relationships", "assessments", "lessons"], sections);
    }

    [Fact]
    public async Task The_export_follows_the_schema_documented_in_docs_and_the_schema_refuses_what_it_does_not_describe()
    {
        var demo = await DemoAsync();
        await TailorAsync(demo);
        var schema = WorkspaceSchema.Value;
        var options = new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true };
        var exported = await demo.Api.GetStringAsync("/api/v1/export");
        var altered = JsonNode.Parse(exported)!;
        altered["people"]![0]!["nickname"] = "not in version 1";
        altered["relationships"]![0]!["kind"] = "sideways";

        var valid = schema.Evaluate(System.Text.Json.JsonDocument.Parse(exported).RootElement, options);
        var invalid = schema.Evaluate(System.Text.Json.JsonDocument.Parse(altered.ToJsonString()).RootElement, options);

        Assert.True(valid.IsValid, string.Join("\n", (valid.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.False(invalid.IsValid);
    }

    [Fact]
    public async Task The_verdicts_health_and_decisions_of_an_imported_workspace_are_the_ones_it_left_with()
    {
        var demo = await DemoAsync();
        var target = await app.NewAccountAsync();
        (await target.Api.PostAsync("/api/v1/imports/workspace", new StringContent(await demo.Api.GetStringAsync("/api/v1/export"), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var before = await Portfolio(demo);
        var after = await Portfolio(target);

        Assert.Equal(5, after.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_workspace_with_anything_in_it_refuses_the_document_with_409_and_keeps_what_it_had()
    {
        var demo = await DemoAsync();
        var document = await demo.Api.GetStringAsync("/api/v1/export");
        var busy = await app.NewAccountAsync("es");
        (await busy.Api.PostJsonAsync("/api/v1/people", new { name = "Ya estaba aquí" })).EnsureSuccessStatusCode();

        var problem = await (await busy.Api.PostAsync("/api/v1/imports/workspace", new StringContent(document, Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.Conflict);
        var again = await (await demo.Api.PostAsync("/api/v1/imports/workspace", new StringContent(document, Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("vacío", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Contains("empty", again.Text("detail"), StringComparison.Ordinal);
        var people = await app.InWorkspaceAsync(busy.WorkspaceId, db => db.People.Select(p => p.Name).ToListAsync());
        Assert.Equal(2, people.Count);
        Assert.Contains("Ya estaba aquí", people);
        Assert.Equal(9, await app.InWorkspaceAsync(demo.WorkspaceId, db => db.People.CountAsync()));
    }

    [Fact]
    public async Task A_document_with_errors_names_each_by_its_place_writes_nothing_and_goes_in_once_mended()
    {
        var demo = await DemoAsync();
        var document = JsonNode.Parse(await demo.Api.GetStringAsync("/api/v1/export"))!;
        var relationship = document["relationships"]![0]!;
        var clientId = relationship["clientId"]!.DeepClone();
        relationship["clientId"] = Guid.NewGuid();
        document["relationships"]![1]!["interests"]![0]!["importance"] = 9;
        document["lessons"]![0]!["role"] = "as-nobody";
        var target = await app.NewAccountAsync();
        Task<HttpResponseMessage> SendAsync() => target.Api.PostAsync("/api/v1/imports/workspace", new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

        var first = await (await SendAsync()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var written = await app.InWorkspaceAsync(target.WorkspaceId, async db => (await db.People.CountAsync(), await db.Organizations.CountAsync(), await db.Workspaces.Where(w => w.Id == target.WorkspaceId).Select(w => w.Name).SingleAsync()));
        relationship["clientId"] = clientId;
        document["relationships"]![1]!["interests"]![0]!["importance"] = 4;
        var second = await (await SendAsync()).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        document["lessons"]![0]!["role"] = "as-provider";
        var mended = await SendAsync();

        Assert.Contains("no record in the document", Assert.Single(first.FieldErrors("relationships[0].clientId")), StringComparison.Ordinal);
        Assert.Contains("1 to 5", Assert.Single(first.FieldErrors("relationships[1].interests[0].importance")), StringComparison.Ordinal);
        Assert.Equal(2, first["errors"]!.AsObject().Count);
        Assert.Equal((1, 0), (written.Item1, written.Item2));
        Assert.NotEqual(document["workspace"]!.Text("name"), written.Item3);
        Assert.Single(second.FieldErrors("lessons[0].role"));
        Assert.Equal(HttpStatusCode.OK, mended.StatusCode);
    }

    [Fact]
    public async Task Something_that_is_not_a_workspace_document_is_refused_in_the_callers_language()
    {
        var target = await app.NewAccountAsync("es");

        var notJson = await (await target.Api.PostAsync("/api/v1/imports/workspace", new StringContent("BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n", Encoding.UTF8, "text/vcard"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var empty = await (await target.Api.PostAsync("/api/v1/imports/workspace", new ByteArrayContent([]))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var wrongFormat = await (await target.Api.PostRawAsync("/api/v1/imports/workspace", """{"format":"something-else","version":7,"workspace":{"name":"X"}}""")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var wrongType = await (await target.Api.PostRawAsync("/api/v1/imports/workspace", """{"format":"aliado-workspace","version":1,"people":[{"name":["not","text"]}]}""")).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("línea 1", Assert.Single(notJson.FieldErrors("$")), StringComparison.Ordinal);
        Assert.Single(empty.FieldErrors("$"));
        Assert.Contains("aliado-workspace", Assert.Single(wrongFormat.FieldErrors("format")), StringComparison.Ordinal);
        Assert.Single(wrongFormat.FieldErrors("version"));
        Assert.Single(wrongType.FieldErrors("people[0].name"));
        Assert.Equal(1, await app.InWorkspaceAsync(target.WorkspaceId, db => db.People.CountAsync()));
    }

    [Fact]
    public async Task Only_an_owner_moves_a_workspace_in_and_any_member_takes_it_out()
    {
        var owner = await app.NewAccountAsync();
        var viewer = await app.JoinAsync(owner, await app.NewAccountAsync(), WorkspaceRole.Viewer);
        var editor = await app.JoinAsync(owner, await app.NewAccountAsync(), WorkspaceRole.Editor);
        (await owner.Api.PostJsonAsync("/api/v1/people", new { name = "Ana Torres" })).EnsureSuccessStatusCode();
        var document = await viewer.GetStringAsync("/api/v1/export");
        var empty = await app.NewAccountAsync();
        var emptyEditor = await app.JoinAsync(empty, await app.NewAccountAsync(), WorkspaceRole.Editor);

        var refused = await (await emptyEditor.PostAsync("/api/v1/imports/workspace", new StringContent(document, Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.Forbidden);
        var anonymous = await app.Client(null).GetAsync("/api/v1/export");

        Assert.Contains("Ana Torres", document, StringComparison.Ordinal);
        Assert.Contains("Ana Torres", await editor.GetStringAsync("/api/v1/export"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(refused.Text("detail")));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(1, await app.InWorkspaceAsync(empty.WorkspaceId, db => db.People.CountAsync()));
    }

    [Fact]
    public async Task The_export_reads_relationships_in_batches_so_its_queries_do_not_grow_with_the_workspace()
    {
        var few = await app.NewAccountAsync();
        var many = await app.NewAccountAsync();
        await OpenAsync(few, 2);
        await OpenAsync(many, 20);

        async Task<int> QueriesAsync(Account account)
        {
            app.Queries.Reset();
            (await account.Api.GetAsync("/api/v1/export")).EnsureSuccessStatusCode();
            return app.Queries.Count;
        }

        Assert.Equal(await QueriesAsync(few), await QueriesAsync(many));
    }

    private static async Task OpenAsync(Account account, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var client = await (await account.Api.PostJsonAsync("/api/v1/people", new { name = $"Client {i}" })).ReadAsync(HttpStatusCode.Created);
            var relationship = await (await account.Api.PostJsonAsync("/api/v1/relationships", new { clientId = client.Id() })).ReadAsync(HttpStatusCode.Created);
            (await account.Api.PostJsonAsync($"/api/v1/relationships/{relationship.Id()}/interests", new { holder = "client", description = "Fewer late nights", importance = 4 })).EnsureSuccessStatusCode();
            (await account.Api.PostJsonAsync($"/api/v1/relationships/{relationship.Id()}/pulses", new { onTheirSide = 4, gettingWhatTheyBuy = 3 })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>The demo, plus what the demo does not have: a workspace's own client type, a rewritten catalogue type, other thresholds.</summary>
    private static async Task TailorAsync(Account account)
    {
        var types = (await (await account.Api.GetAsync("/api/v1/client-types")).ReadAsync(HttpStatusCode.OK)).AsArray();
        var talker = types.First(t => t!.Text("key") == "talker")!;
        var traits = talker["traits"]!.AsArray().Select(t => new { id = t!.Id(), text = (string?)null, suggestedAction = (string?)null, retired = (bool?)null }).Skip(1).ToList();
        (await account.Api.PutJsonAsync($"/api/v1/client-types/{talker.Id()}", new { name = "The one who talks it through", traits })).EnsureSuccessStatusCode();
        (await account.Api.PostJsonAsync("/api/v1/client-types", new { key = "gatekeeper", name = "Gatekeeper", description = "Decides who reaches the boss.", traits = new[] { new { text = "Asks for everything in writing" } } })).EnsureSuccessStatusCode();
        (await account.Api.PutJsonAsync("/api/v1/workspace/verdict-policy", new { minimumCoincidencePercent = 40, wantedImportance = 3 })).EnsureSuccessStatusCode();
    }

    private Task<Account> DemoAsync() => app.NewDemoAccountAsync();

    /// <summary>Every relationship as the portfolio shows it — verdict, decision, health, cadence, pulses — without its ids.</summary>
    private static async Task<List<string>> Portfolio(Account account)
    {
        var page = await (await account.Api.GetAsync("/api/v1/dashboard?pageSize=50")).ReadAsync(HttpStatusCode.OK);
        return [.. page["portfolio"]!["items"]!.AsArray().Select(r =>
            {
                var item = r!.AsObject();
                foreach (var id in item.Select(p => p.Key).Where(k => k == "id" || k.EndsWith("Id", StringComparison.Ordinal)).ToList())
                {
                    item.Remove(id);
                }
                return item.ToJsonString();
            })
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The document with every id replaced by its order of first appearance, and without what is allowed
    /// to differ: the moment of export and when the importer's own "me" was made.
    /// </summary>
    private static string Normalized(string document)
    {
        var root = JsonNode.Parse(document)!.AsObject();
        root.Remove("exportedAt");
        root["people"]!.AsArray().Single(p => p!["isMe"]!.GetValue<bool>())!.AsObject().Remove("createdAt");
        var ids = new Dictionary<string, string>();
        var text = root.ToJsonString();
        return System.Text.RegularExpressions.Regex.Replace(text, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            m => ids.TryGetValue(m.Value, out var known) ? known : ids[m.Value] = $"#{ids.Count + 1}");
    }
}

/// <summary>Read once for the process: the library registers a schema by its $id, and a second registration fails.</summary>
internal static class WorkspaceSchema
{
    private static readonly Lazy<Json.Schema.JsonSchema> _schema = new(() =>
        Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "workspace-export.schema.json"))));

    public static Json.Schema.JsonSchema Value => _schema.Value;
}

public sealed class ExportWorkspaceOnSqlite(SqliteApp app) : ExportWorkspaceTests<SqliteApp>(app);

public sealed class ExportWorkspaceOnPostgres(PostgresApp app) : ExportWorkspaceTests<PostgresApp>(app);
