using Aliado.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aliado.Data.Tests;

/// <summary>Real, migrated databases for a test: a SQLite file in a temp folder, or a fresh PostgreSQL database.</summary>
public sealed class Databases : IAsyncDisposable
{
    private readonly List<Func<Task>> _cleanup = [];

    public async Task<Func<WorkspaceScope, AliadoDbContext>> CreateAsync(DatabaseProvider provider, string? upTo = null)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("aliado-data-test-");
            var options = new DbContextOptionsBuilder<SqliteAliadoDbContext>().UseSqlite($"Data Source={Path.Combine(folder.FullName, "test.db")};Pooling=False").Options;
            _cleanup.Add(() => { folder.Delete(recursive: true); return Task.CompletedTask; });
            await MigrateAsync(new SqliteAliadoDbContext(options, new WorkspaceScope()), upTo);
            return scope => new SqliteAliadoDbContext(options, scope);
        }
        var connectionString = TestPostgres.NewDatabase(TestPostgres.RequireServer());
        var pgOptions = new DbContextOptionsBuilder<PostgresAliadoDbContext>().UseNpgsql(connectionString).Options;
        _cleanup.Add(() => TestPostgres.DropAsync(connectionString));
        await MigrateAsync(new PostgresAliadoDbContext(pgOptions, new WorkspaceScope()), upTo);
        return scope => new PostgresAliadoDbContext(pgOptions, scope);
    }

    /// <summary>Migrates to the latest schema, or only up to the migration named <paramref name="upTo"/> (e.g. "Pulses").</summary>
    private static async Task MigrateAsync(AliadoDbContext db, string? upTo)
    {
        await using (db)
        {
            if (upTo is null)
            {
                await DataServices.MigrateAsync(db);
                return;
            }
            var target = db.Database.GetMigrations().Single(m => m.EndsWith($"_{upTo}", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(target);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var step in _cleanup)
        {
            await step();
        }
    }
}
