using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Keeping;

/// <summary>
/// The row counts and value spreads the query planner chooses indexes by. SQLite keeps none unless
/// asked: without them a query for one relationship's children may read the whole workspace through
/// its single-column index. PostgreSQL's autovacuum keeps them, but only some time after a bulk write.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>From this many rows written at once, the statistics are refreshed right after the write.</summary>
    public const int BulkRows = 1_000;

    /// <summary>
    /// Cheap enough to run often: SQLite looks at every table (0x10000) and analyses those whose
    /// statistics are missing or out of date (0x02), reading at most a sample of each index.
    /// </summary>
    public static async Task RefreshAsync(AliadoDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=2000; PRAGMA optimize=0x10002;", cancellationToken);
        }
    }

    /// <summary>After thousands of rows went in at once (an import, a generated demo): up to date on both.</summary>
    public static async Task AfterBulkWriteAsync(AliadoDbContext db, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? "PRAGMA analysis_limit=2000; ANALYZE;" : "ANALYZE;", cancellationToken);
}
