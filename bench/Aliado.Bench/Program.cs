using System.Diagnostics;
using System.Globalization;
using Aliado.Bench;
using Aliado.Data;
using Aliado.Features.Dashboard;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

// Seeds a workspace with many relationships on a real database and reports how long the dashboard
// takes to read (agenda + first portfolio page), for the default view and a filtered, health-sorted one.
// Usage: dotnet run -c Release --project bench/Aliado.Bench [-- --relationships 10000 --runs 40 --postgres "Host=…" --sql]
// Import: dotnet run -c Release --project bench/Aliado.Bench -- import [--rows 100000 --target-seconds 60 --postgres "Host=…"]
// Search: dotnet run -c Release --project bench/Aliado.Bench -- search [--people 100000 --small 1000 --target-p95-ms 50 --postgres "Host=…"]
// Scale: dotnet run -c Release --project bench/Aliado.Bench -- scale [--small 1000 --large 100000 --rounds 3 --requests 20 --rate 200 --seconds 10 --postgres "Host=…"]
// It exits with 1 when a scenario's 95th percentile misses the target (--target-p95-ms, 200 by default).
var relationships = Option("--relationships", 10_000);
var runs = Option("--runs", 40);
var targetP95 = Option("--target-p95-ms", 200);
var showSql = args.Contains("--sql");
var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable("ALIADO_BENCH_POSTGRES");

if (args.FirstOrDefault() == "scale")
{
    return await ScaleBench.RunAsync(postgres, Option("--small", 1_000), Option("--large", 100_000), Option("--rounds", 3), Option("--requests", 20), 1.5, Option("--rate", 200), Option("--seconds", 10));
}

var folder = Directory.CreateTempSubdirectory("aliado-bench-");
Func<WorkspaceScope, AliadoDbContext> open;
string database;
if (postgres is null)
{
    var options = new DbContextOptionsBuilder<SqliteAliadoDbContext>().UseSqlite($"Data Source={Path.Combine(folder.FullName, "bench.db")}").LogTo(line => { if (showSql) { Console.WriteLine(line); } }, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]).Options;
    open = scope => new SqliteAliadoDbContext(options, scope);
    database = "SQLite";
}
else
{
    var builder = new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = $"aliado_bench_{Guid.NewGuid():N}" };
    var options = new DbContextOptionsBuilder<PostgresAliadoDbContext>().UseNpgsql(builder.ConnectionString).LogTo(line => { if (showSql) { Console.WriteLine(line); } }, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]).Options;
    open = scope => new PostgresAliadoDbContext(options, scope);
    database = "PostgreSQL";
}

try
{
    await using (var db = open(new WorkspaceScope()))
    {
        await DataServices.MigrateAsync(db);
    }
    if (args.FirstOrDefault() == "import")
    {
        return await ImportBench.RunAsync(open, database, Option("--rows", 100_000), Option("--target-seconds", 60));
    }
    if (args.FirstOrDefault() == "search")
    {
        return await SearchBench.RunAsync(open, database, Option("--small", 1_000), Option("--people", 100_000), runs, Option("--target-p95-ms", 50));
    }
    var now = DateTime.UtcNow;
    var seeding = Stopwatch.StartNew();
    var workspace = await Seeder.SeedAsync(open, relationships, now);
    Console.WriteLine($"Seeded {relationships:N0} relationships on {database} in {seeding.Elapsed.TotalSeconds:0.0} s.");

    var scenarios = new (string Name, PortfolioQuery Query)[]
    {
        ("dashboard (default view)", new PortfolioQuery()),
        ("dashboard (at-risk, sorted by health)", new PortfolioQuery(Health: "at-risk", Sort: "health")),
        ("dashboard (search 'client 09')", new PortfolioQuery(Q: "client 09")),
    };
    var missed = false;
    foreach (var (name, query) in scenarios)
    {
        var timings = new List<double>();
        long allocated = 0;
        for (var run = -3; run < runs; run++)
        {
            await using var db = open(WorkspaceScope.For(workspace));
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var result = await Dashboard.ReadAsync(db, TimeProvider.System, DateOnly.FromDateTime(now), query, new PageRequest(1, 25), CancellationToken.None);
            watch.Stop();
            if (run >= 0)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
                allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            }
            if (result.Portfolio.Total == 0 && query.Q is null && query.Health is null)
            {
                throw new InvalidOperationException("The seeded portfolio is empty; the benchmark would measure nothing.");
            }
        }
        timings.Sort();
        var p50 = timings[timings.Count / 2];
        var p95 = timings[(int)Math.Ceiling(timings.Count * 0.95) - 1];
        var ok = p95 <= targetP95;
        missed |= !ok;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-42} p50 {p50,7:0.0} ms  p95 {p95,7:0.0} ms  max {timings[^1],7:0.0} ms  alloc {allocated / runs / 1024.0,8:0} KiB/call  {(ok ? "ok" : "MISSED")} (target p95 <= {targetP95} ms)"));
    }
    return missed ? 1 : 0;
}
finally
{
    if (postgres is not null)
    {
        await using var db = open(new WorkspaceScope());
        await db.Database.EnsureDeletedAsync();
    }
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value && int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
