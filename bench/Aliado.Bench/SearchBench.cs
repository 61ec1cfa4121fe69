using System.Diagnostics;
using System.Globalization;
using Aliado.Core.People;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Data.People;
using Aliado.Features.Search;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Aliado.Bench;

/// <summary>
/// The header's search as a user types, in a workspace of 1,000 people and one of 100,000 side by side
/// (names, positions, organizations, e-mails and notes), through the same code as GET /api/v1/search.
/// </summary>
public static class SearchBench
{
    private static readonly string[] _first = ["María", "José", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Pedro", "Elena", "Diego", "Sofía", "Andrés", "Valeria", "Tomás", "Marta", "Ricardo", "Paula", "Óscar", "Isabel", "Martín"];
    private static readonly string[] _last = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Díaz", "Quispe", "Huamán", "Rojas", "Torres", "Vargas", "Castro", "Ibáñez", "Núñez", "Salas", "Paredes", "Mendoza", "Flores", "Ramos", "Vidal", "Ortiz", "Silva", "Morales", "Herrera", "Medina", "Aguilar"];
    private static readonly string[] _positions = ["Jefa de área", "Head of Operations", "Gerente de compras", "IT project manager", "Analista financiero", "Sales director", "Coordinadora de logística", "Auditor interno"];

    private static readonly string[] _typed = ["ma", "mar", "mart", "martinez", "martinez ga", "jefa de", "empresa 042", "auditor", "zzqx"];

    public static async Task<int> RunAsync(Func<WorkspaceScope, AliadoDbContext> open, string database, int small, int large, int runs, double targetP95)
    {
        var localizer = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));
        var time = new UserTime(TimeProvider.System);
        var sizes = new List<(int People, Guid Workspace)>();
        foreach (var people in new[] { small, large })
        {
            var watch = Stopwatch.StartNew();
            sizes.Add((people, await SeedAsync(open, people)));
            Console.WriteLine($"Seeded {people:N0} people on {database} in {watch.Elapsed.TotalSeconds:0.0} s.");
        }

        // The steady state a live database reaches after a large import: planner statistics (ANALYZE on
        // both) and, on PostgreSQL, the GIN index's pending list merged (what autovacuum does).
        await using (var db = open(new WorkspaceScope()))
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? "ANALYZE" : "VACUUM ANALYZE");
        }

        var missed = false;
        foreach (var typed in _typed)
        {
            var line = $"search '{typed}'";
            foreach (var (people, workspace) in sizes)
            {
                var timings = new List<double>();
                var total = 0;
                for (var run = -3; run < runs; run++)
                {
                    await using var db = open(WorkspaceScope.For(workspace));
                    var watch = Stopwatch.StartNew();
                    var result = await SearchEverything.RunAsync(db, typed, [], SearchEverything.DefaultLimit, time, localizer, CancellationToken.None);
                    watch.Stop();
                    total = result.Total;
                    if (run >= 0)
                    {
                        timings.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
                timings.Sort();
                var p50 = timings[timings.Count / 2];
                var p95 = timings[(int)Math.Ceiling(timings.Count * 0.95) - 1];
                var ok = people != large || p95 <= targetP95;
                missed |= !ok;
                line += string.Create(CultureInfo.InvariantCulture, $" | {people,7:N0} people: p50 {p50,6:0.0} ms p95 {p95,6:0.0} ms ({total,6:N0} hits)");
                if (people == large)
                {
                    line += ok ? " ok" : " MISSED";
                }
            }
            Console.WriteLine(line);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target: p95 <= {targetP95} ms at {large:N0} people"));
        return missed ? 1 : 0;
    }

    private static async Task<Guid> SeedAsync(Func<WorkspaceScope, AliadoDbContext> open, int count)
    {
        var workspace = new Workspace { Name = $"Search bench {count}" };
        await using (var db = open(WorkspaceScope.For(workspace.Id)))
        {
            db.Workspaces.Add(workspace);
            db.People.Add(Person.Create(workspace.Id, new PersonDraft("Me"), isMe: true));
            await db.SaveChangesAsync();
        }
        const int Batch = 5000;
        for (var start = 0; start < count; start += Batch)
        {
            await using var db = open(WorkspaceScope.For(workspace.Id));
            await using var transaction = await db.Database.BeginTransactionAsync();
            var people = Enumerable.Range(start, Math.Min(Batch, count - start)).Select(n => Person.Create(workspace.Id, new PersonDraft(
                $"{_first[n % _first.Length]} {_last[(n / 7) % _last.Length]} {_last[(n / 211) % _last.Length]}",
                Position: _positions[n % _positions.Length],
                Emails: [new ContactPoint(string.Create(CultureInfo.InvariantCulture, $"persona{n}@empresa{n % 500:D3}.example"), "work")],
                Notes: string.Create(CultureInfo.InvariantCulture, $"Met at the fair, row {n}. Empresa {n % 500:D3}; likes short notes.")))).ToList();
            await ImportedPeople.InsertAsync(db, people, "bench", CancellationToken.None);
            await transaction.CommitAsync();
        }
        return workspace.Id;
    }
}
