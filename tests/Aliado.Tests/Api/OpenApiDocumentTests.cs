using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aliado.Tests.Infrastructure;

namespace Aliado.Tests.Api;

/// <summary>
/// The OpenAPI document as a client generator reads it: every operation named once, every problem it can
/// answer declared, and the whole document checked in (docs/openapi.json) so a change to the API is a visible diff.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string UpdateVariable = "ALIADO_UPDATE_OPENAPI";

    private async Task<JsonObject> DocumentAsync() =>
        (await (await app.Client(null).GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).ReadAsync(HttpStatusCode.OK)).AsObject();

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!.AsObject())));

    [Fact]
    public async Task Every_operation_has_a_unique_id_and_declares_the_problems_the_platform_can_answer()
    {
        var operations = Operations(await DocumentAsync()).ToList();

        var ids = operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("GetPeopleById", ids);
        Assert.Contains("PostRelationshipsByIdVerdictAccept", ids);
        foreach (var (path, method, operation) in operations)
        {
            var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
            var expected = new List<string> { "429", "503" };
            if (!path.StartsWith("/calendar/", StringComparison.Ordinal))
            {
                expected.AddRange(["401", "403"]);
            }
            if (path.Contains('{', StringComparison.Ordinal))
            {
                expected.Add("404");
            }
            if (method is "post" or "put" or "delete")
            {
                expected.Add("409");
            }
            Assert.True(expected.All(statuses.Contains), $"{method} {path} declares {string.Join(",", statuses)}; expected at least {string.Join(",", expected)}");
            Assert.Equal("application/problem+json", operation["responses"]!["503"]!["content"]!.AsObject().Single().Key);
        }
        Assert.Contains("412", operations.Single(o => o.Path == "/api/v1/people/{id}" && o.Method == "put").Operation["responses"]!.AsObject().Select(r => r.Key));
        Assert.DoesNotContain("201", operations.Where(o => o.Method == "put").SelectMany(o => o.Operation["responses"]!.AsObject().Select(r => r.Key)));
    }

    [Fact]
    public async Task The_document_matches_the_checked_in_copy()
    {
        var document = await DocumentAsync();
        document.Remove("servers");
        var current = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var file = Path.Combine(RepositoryRoot(), "docs", "openapi.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(file, current, TestContext.Current.CancellationToken);
        }

        var saved = File.Exists(file) ? await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken) : string.Empty;
        Assert.True(saved == current, $"The API changed: if that is meant, run the tests once with {UpdateVariable}=1 and commit docs/openapi.json.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Aliado.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Aliado.slnx not found above " + AppContext.BaseDirectory);
    }
}
