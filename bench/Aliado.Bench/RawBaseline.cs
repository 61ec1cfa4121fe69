using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Aliado.Bench;

/// <summary>
/// The floor for two lists: the statements behind <c>GET /api/v1/relationships</c> and
/// <c>GET /api/v1/people?q=</c> (count up to the cap, then the page with its columns), written by hand and
/// run with raw ADO.NET behind a minimal endpoint in the bench's own process: no sign-in, no EF Core, no
/// workspace resolution. The app should reach at least half of its throughput.
/// </summary>
public static class RawBaseline
{
    private const int Cap = 1000;
    private const int PageSize = 25;

    /// <summary>SQLite: the workspace's row id range of the full-text index (see SearchSchema).</summary>
    private const string InWorkspace = """
        "SearchIndex".rowid BETWEEN (SELECT "Slot" << 40 FROM "SearchSlots" WHERE "WorkspaceId" = upper(@w))
            AND (SELECT (("Slot" + 1) << 40) - 1 FROM "SearchSlots" WHERE "WorkspaceId" = upper(@w))
        """;

    private const string RelationshipColumns = """
        r."Id", r."ProviderId", p."Name", p."IsMe", r."ClientId", c."Name", c."IsMe", r."ArenaId", o."Name", r."Kind", r."CadenceDays",
        r."Outcome", r."CoincidenceShare", r."ConflictShare", r."ProviderShare", r."DecisionMade", r."DecisionOutcome", r."CreatedAt",
        r."LastTouchAt", r."DueAt", r."LatestPulseAt", r."LatestOnTheirSide", r."LatestGettingWhatTheyBuy", r."DeclinesAbsorbed",
        r."DeclineStreak", r."VoiceGap", r."Authority",
        (SELECT i."NextSteps" FROM "Interactions" i WHERE i."WorkspaceId" = @w AND i."TrashId" IS NULL AND i."RelationshipId" = r."Id"
            AND i."NextSteps" IS NOT NULL ORDER BY i."OccurredAt" DESC, i."Id" DESC LIMIT 1)
        """;

    private const string PersonColumns = """
        p."Id", p."Name", p."IsMe", p."OrganizationId", o."Name", p."Position", p."Roles", p."SocialStyle", p."LeadershipStyle",
        p."PerceivedByOwnTeam", p."PerceivedByOtherTeams", p."Email", p."Phone", p."Notes", p."CreatedAt", p."UpdatedAt",
        p."Emails", p."Phones", p."Links", p."Birthday"
        """;

    public static async Task<WebApplication> StartAsync(string? postgres, string sqliteFile, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        Func<DbConnection> open = postgres is null
            ? () => new SqliteConnection($"Data Source={sqliteFile}")
            : () => new NpgsqlConnection(postgres);
        object Workspace(HttpContext context)
        {
            var id = Guid.Parse(context.Request.Query["w"]!);
            // EF Core stores a Guid as upper-case text on SQLite.
            return postgres is null ? id.ToString().ToUpperInvariant() : id;
        }

        app.MapGet("/relationships", async (HttpContext context) =>
        {
            await using var connection = open();
            await connection.OpenAsync();
            var w = Workspace(context);
            var total = await ScalarAsync(connection, $"""SELECT count(*) FROM (SELECT 1 FROM "Relationships" WHERE "WorkspaceId" = @w AND "TrashId" IS NULL LIMIT {Cap + 1}) m""", w);
            var items = await RowsAsync(connection, $"""
                SELECT {RelationshipColumns}
                FROM "Relationships" r JOIN "People" p ON p."Id" = r."ProviderId" JOIN "People" c ON c."Id" = r."ClientId"
                LEFT JOIN "Organizations" o ON o."Id" = r."ArenaId"
                WHERE r."WorkspaceId" = @w AND r."TrashId" IS NULL
                ORDER BY r."ClientSortName", r."Id" LIMIT {PageSize + 1}
                """, w);
            return Results.Json(new { items, total });
        });

        app.MapGet("/people", async (HttpContext context) =>
        {
            await using var connection = open();
            await connection.OpenAsync();
            var w = Workspace(context);
            var term = context.Request.Query["q"].ToString().ToLowerInvariant();
            var where = postgres is null
                ? $"""(SELECT e."Rowid" FROM "SearchEntries" e WHERE e."RecordId" = p."Id") IN (SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH @m AND {InWorkspace})"""
                : """p."Id" IN (SELECT "RecordId" FROM "SearchEntries" WHERE "WorkspaceId" = @w AND "Kind" = 'person' AND "Document" @@ to_tsquery('aliado_search', @m))""";
            var match = postgres is null
                ? $"{{\"Title\" \"Body\"}} : (\"{term}\"*)"
                : $"{term}:*";
            var total = await ScalarAsync(connection, postgres is null
                ? $"""SELECT count(*) FROM (SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH '"Scope" : kperson AND ' || @m AND {InWorkspace} LIMIT {Cap + 1}) m"""
                : $"""SELECT count(*) FROM (SELECT 1 FROM "SearchEntries" WHERE "WorkspaceId" = @w AND "Kind" = 'person' AND "Document" @@ to_tsquery('aliado_search', @m) LIMIT {Cap + 1}) m""",
                w, match);
            var items = await RowsAsync(connection, $"""
                SELECT {PersonColumns}
                FROM "People" p LEFT JOIN "Organizations" o ON o."Id" = p."OrganizationId"
                WHERE p."WorkspaceId" = @w AND p."TrashId" IS NULL AND {where}
                ORDER BY p."IsMe" DESC, p."SearchName", p."Id" LIMIT {PageSize + 1}
                """, w, match);
            return Results.Json(new { items, total });
        });

        await app.StartAsync();
        return app;
    }

    /// <summary>
    /// Requests answered per second by <paramref name="workers"/> clients asking one after another for
    /// <paramref name="duration"/>, after as long again of the same load unmeasured: a server runs for days,
    /// so it is timed once the runtime has compiled its hot paths fully (the first seconds of a new process
    /// run at half speed or less).
    /// </summary>
    public static async Task<double> ThroughputAsync(HttpClient client, string path, int workers, TimeSpan duration)
    {
        await AskAsync(client, path, workers, duration);
        return await AskAsync(client, path, workers, duration);
    }

    /// <summary>Requests answered per second.</summary>
    private static async Task<double> AskAsync(HttpClient client, string path, int workers, TimeSpan duration)
    {
        var answered = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (watch.Elapsed < duration)
            {
                using var response = await client.GetAsync(path);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref answered);
            }
        }));
        return answered / watch.Elapsed.TotalSeconds;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, object workspace, string? match = null)
    {
        await using var command = Command(connection, sql, workspace, match);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<object?[]>> RowsAsync(DbConnection connection, string sql, object workspace, string? match = null)
    {
        await using var command = Command(connection, sql, workspace, match);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add([.. row.Select(v => v is DBNull ? null : v)]);
        }
        return rows;
    }

    private static DbCommand Command(DbConnection connection, string sql, object workspace, string? match)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "w", workspace);
        if (match is not null)
        {
            Add(command, "m", match);
        }
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
