using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database Aliado uses and how to reach it.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseOptions ForSqliteFile(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path}");
}

public static class DataServices
{
    public static IServiceCollection AddAliadoData(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddScoped<WorkspaceScope>();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AliadoDbContext, PostgresAliadoDbContext>(o => o.UseNpgsql(options.ConnectionString));
        }
        else
        {
            services.AddDbContext<AliadoDbContext, SqliteAliadoDbContext>(o => o.UseSqlite(options.ConnectionString));
        }
        return services;
    }

    /// <summary>Creates or upgrades the schema. On SQLite, also switches the file to write-ahead logging.</summary>
    public static async Task MigrateAsync(AliadoDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
            return;
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
