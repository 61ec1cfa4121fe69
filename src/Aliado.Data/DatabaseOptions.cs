using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
    /// <summary>
    /// Registers <see cref="AliadoDbContext"/> for whichever provider <paramref name="resolve"/> names. The
    /// choice is read when the first context is created, so hosts can still change configuration late.
    /// </summary>
    public static IServiceCollection AddAliadoData(this IServiceCollection services, Func<IServiceProvider, DatabaseOptions> resolve)
    {
        services.AddScoped<WorkspaceScope>();
        services.AddSingleton(resolve);
        // Options are built once, not for every request's context.
        services.AddDbContext<SqliteAliadoDbContext>((sp, o) => Common(o.UseSqlite(sp.GetRequiredService<DatabaseOptions>().ConnectionString), sp).AddInterceptors(new SqliteMemoryMap()), optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContext<PostgresAliadoDbContext>((sp, o) => Common(o.UseNpgsql(sp.GetRequiredService<DatabaseOptions>().ConnectionString), sp), optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<AliadoDbContext>(sp => sp.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresAliadoDbContext>()
            : sp.GetRequiredService<SqliteAliadoDbContext>());
        return services;
    }

    /// <summary>
    /// What both providers share: the app's interceptors, and no warning for a row limit without an order,
    /// which the capped counts use on purpose (they count the first rows that match, in whatever order).
    /// </summary>
    private static DbContextOptionsBuilder Common(DbContextOptionsBuilder options, IServiceProvider services) =>
        options.AddInterceptors(services.GetServices<IInterceptor>())
            .ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>
    /// Creates or upgrades the schema and brings the planner's statistics up to date (a new index has
    /// none). On SQLite, also switches the file to write-ahead logging.
    /// </summary>
    public static async Task MigrateAsync(AliadoDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                await Keeping.PlannerStatistics.RefreshAsync(db, cancellationToken);
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
