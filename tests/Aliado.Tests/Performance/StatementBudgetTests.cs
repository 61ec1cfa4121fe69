using System.Data.Common;
using System.Net;
using System.Runtime.CompilerServices;
using Aliado.Data;
using Aliado.Features.Demo;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Performance;

/// <summary>
/// Every page and API call sends the same few SQL statements whatever the workspace's size (at most eight
/// for a page, four for an API call), and none of them reads a whole table: counted and explained on a
/// generated workspace and on one ten times bigger.
/// </summary>
public abstract class StatementBudgetTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AliadoApp
{
    public const int PageBudget = 8;
    public const int ApiBudget = 4;

    private static readonly string[] _pages =
    [
        "/", "/?sort=health", "/?sort=client", "/people", "/people?q=mar", "/people?p=3", "/people?p=3&after={person}", "/people?p=2&before={person}", "/people?q=mar&p=2&after={person}", "/people/{person}", "/people/{person}/history",
        "/people/edit/{person}", "/relationships", "/relationships?p=2", "/relationships/{relationship}", "/relationships/{relationship}/interests",
        "/relationships/{relationship}/proposals", "/relationships/{relationship}/conversations", "/relationships/{relationship}/pulses",
        "/relationships/{relationship}/history", "/relationships/{relationship}/brief", "/relationships/edit/{relationship}",
        "/organizations", "/search?q=mar", "/trash", "/typology", "/lessons", "/standing-interests", "/workspace/members",
        "/workspace/security", "/account",
    ];

    private static readonly string[] _apiCalls =
    [
        "/api/v1/dashboard", "/api/v1/dashboard?sort=health&pageSize=2&page=2", "/api/v1/people", "/api/v1/people?q=mar", "/api/v1/people?page=3",
        "/api/v1/people/{person}", "/api/v1/relationships", "/api/v1/relationships?personId={person}", "/api/v1/relationships/{relationship}",
        "/api/v1/relationships/{relationship}/interests", "/api/v1/relationships/{relationship}/offerings",
        "/api/v1/relationships/{relationship}/coincidences", "/api/v1/relationships/{relationship}/alignment",
        "/api/v1/relationships/{relationship}/interactions", "/api/v1/relationships/{relationship}/proposals",
        "/api/v1/relationships/{relationship}/pulses", "/api/v1/relationships/{relationship}/check-ins",
        "/api/v1/relationships/{relationship}/history", "/api/v1/relationships/{relationship}/verdict",
        "/api/v1/relationships/{relationship}/health", "/api/v1/people/{person}/ties",
        "/api/v1/people/{person}/assessments", "/api/v1/people/{person}/roles", "/api/v1/people/{person}/history",
        "/api/v1/organizations", "/api/v1/search?q=mar", "/api/v1/lessons", "/api/v1/standing-interests", "/api/v1/client-types",
        "/api/v1/trash", "/api/v1/me",
    ];

    /// <summary>The one-page brief is a printable page's content served as JSON: it is held to a page's budget.</summary>
    private const string Brief = "/api/v1/relationships/{relationship}/brief";

    private static readonly ConditionalWeakTable<AliadoApp, Task<Workspace[]>> _generated = [];

    private sealed record Workspace(int People, FormClient Browser, HttpClient Api, Guid Relationship, Guid Person);

    [Fact]
    public async Task Every_page_sends_at_most_eight_statements_in_a_workspace_and_in_one_ten_times_bigger()
    {
        var over = new List<string>();
        foreach (var page in _pages)
        {
            over.AddRange(await OverBudgetAsync(page, PageBudget, async (workspace, url) =>
                Assert.True((await workspace.Browser.GetAsync(url)).Status == HttpStatusCode.OK, url)));
        }
        Assert.True(over.Count == 0, string.Join("\n\n", over));
    }

    [Fact]
    public async Task Every_api_call_sends_at_most_four_statements_in_a_workspace_and_in_one_ten_times_bigger()
    {
        var over = new List<string>();
        foreach (var (call, budget) in _apiCalls.Select(c => (c, ApiBudget)).Append((Brief, PageBudget)))
        {
            over.AddRange(await OverBudgetAsync(call, budget, async (workspace, url) =>
                Assert.True((await workspace.Api.GetAsync(url)).StatusCode == HttpStatusCode.OK, url)));
        }
        Assert.True(over.Count == 0, string.Join("\n\n", over));
    }

    [Fact]
    public async Task No_statement_behind_a_page_or_an_api_call_reads_a_whole_table()
    {
        var big = (await GeneratedAsync())[1];
        var scans = new List<string>();
        foreach (var (template, isPage) in _pages.Select(p => (p, true)).Concat(_apiCalls.Append(Brief).Select(a => (a, false))))
        {
            var url = Fill(template, big);
            app.Queries.Reset();
            var status = isPage ? (await big.Browser.GetAsync(url)).Status : (await big.Api.GetAsync(url)).StatusCode;
            Assert.True(status == HttpStatusCode.OK, url);
            foreach (var statement in app.Queries.Statements)
            {
                scans.AddRange((await FullScansAsync(statement)).Select(scan => $"{template}: {scan}\n{statement.Sql}"));
            }
        }
        Assert.True(scans.Count == 0, string.Join("\n\n", scans.Distinct()));
    }

    private async Task<IEnumerable<string>> OverBudgetAsync(string template, int budget, Func<Workspace, string, Task> request)
    {
        var counts = new List<(int People, int Count)>();
        IReadOnlyList<string> sent = [];
        foreach (var workspace in await GeneratedAsync())
        {
            var url = Fill(template, workspace);
            await request(workspace, url);
            app.Queries.Reset();
            await request(workspace, url);
            counts.Add((workspace.People, app.Queries.Count));
            sent = app.Queries.Commands;
        }
        return counts.Any(c => c.Count > budget) || counts.Select(c => c.Count).Distinct().Count() > 1
            ? [$"{template}: {string.Join(", ", counts.Select(c => $"{c.Count} statements at {c.People} people"))}\n{string.Join("\n;\n", sent)}"]
            : [];
    }

    /// <summary>
    /// What the database says it would read in full to run <paramref name="statement"/>, planning as if every
    /// table were large: SQLite without statistics (its default guess is a big table), PostgreSQL with
    /// sequential scans priced out. A full scan in such a plan means no index can serve the statement.
    /// </summary>
    private async Task<IReadOnlyList<string>> FullScansAsync(SentStatement statement)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
        var plan = new List<string>();
        if (app.Provider == DatabaseProvider.Sqlite)
        {
            var unpooled = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(unpooled.ConnectionString);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await Execute(connection, transaction, "DELETE FROM sqlite_stat1; ANALYZE sqlite_schema;");
            await using (var explain = Command(connection, "EXPLAIN QUERY PLAN " + statement.Sql, statement.Parameters))
            {
                explain.Transaction = transaction;
                await using var reader = await explain.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(3));
                }
            }
            await transaction.RollbackAsync();
            // "SCAN x" reads all of x; a subquery's own rows (CO-ROUTINE / MATERIALIZE x) are fine to walk, and
            // the full-text index answers MATCH through its own structure.
            var subqueries = plan.Where(l => l.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || l.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ToHashSet();
            // An index on the workspace alone serves a lookup by anything narrower only by reading the workspace.
            return [.. plan.Where(l => (l.StartsWith("SCAN ", StringComparison.Ordinal) && l != "SCAN CONSTANT ROW"
                    && !subqueries.Contains(l["SCAN ".Length..].Split(' ')[0]) && !l.Contains("VIRTUAL TABLE INDEX 0:M", StringComparison.Ordinal))
                    || Plans.WorkspaceOnlyIndex().IsMatch(l))
                .Select(l => $"{l}\n  plan: {string.Join(" | ", plan)}")];
        }
        var pg = db.Database.GetDbConnection();
        await pg.OpenAsync();
        await using (var transaction = await pg.BeginTransactionAsync())
        {
            await Execute(pg, transaction, "SET LOCAL enable_seqscan = off");
            await using (var explain = Command(pg, "EXPLAIN " + statement.Sql, statement.Parameters))
            {
                explain.Transaction = transaction;
                await using var reader = await explain.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(0).Trim());
                }
            }
            await transaction.RollbackAsync();
        }
        return [.. plan.Where(l => l.Contains("Seq Scan on ", StringComparison.Ordinal)).Select(l => $"{l}\n  plan: {string.Join(" | ", plan)}")];
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = Command(connection, sql, []);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }

    private static DbCommand Command(DbConnection connection, string sql, IReadOnlyList<DbParameter> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter is ICloneable cloneable ? cloneable.Clone() : parameter);
        }
        return command;
    }

    private Task<Workspace[]> GeneratedAsync() => _generated.GetValue(app, _ => GenerateAsync());

    private async Task<Workspace[]> GenerateAsync()
    {
        app.EnsureAvailable();
        return [await GenerateAsync(40), await GenerateAsync(400)];
    }

    private async Task<Workspace> GenerateAsync(int people)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var email = $"budget-{Guid.NewGuid():N}@example.com";
        var (demo, errors) = await scope.ServiceProvider.GetRequiredService<ScaleDemo>()
            .CreateAsync("en", new ScaleDemo.Size(people, people / 10), email, Account.Password, TestContext.Current.CancellationToken);
        Assert.True(demo is not null, string.Join("; ", errors));
        var api = app.Client(await app.IssueTokenAsync(demo.User.Id, demo.User.PersonalWorkspaceId));
        var relationship = (await (await api.GetAsync("/api/v1/relationships")).ReadAsync(HttpStatusCode.OK))["items"]!.AsArray()[0]!;
        var browser = new FormClient(app);
        await browser.SignInAsync(email);
        return new Workspace(people, browser, api, relationship.Id(), relationship["clientId"]!.GetValue<Guid>());
    }

    private static string Fill(string template, Workspace workspace) =>
        template.Replace("{relationship}", workspace.Relationship.ToString(), StringComparison.Ordinal)
            .Replace("{person}", workspace.Person.ToString(), StringComparison.Ordinal);
}

internal static partial class Plans
{
    [System.Text.RegularExpressions.GeneratedRegex(@"USING (COVERING )?INDEX IX_\w+?_WorkspaceId \(")]
    public static partial System.Text.RegularExpressions.Regex WorkspaceOnlyIndex();
}

public sealed class StatementBudgetOnSqlite(SqliteApp app) : StatementBudgetTests<SqliteApp>(app);

public sealed class StatementBudgetOnPostgres(PostgresApp app) : StatementBudgetTests<PostgresApp>(app);
