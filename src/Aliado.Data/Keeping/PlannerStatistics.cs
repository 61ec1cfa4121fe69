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
    /// Analyses the model's own tables on SQLite, whole (a sample misjudges how many rows one workspace
    /// holds; a full pass over a 100,000-person workspace takes well under a second). Statistics that say "empty" are dropped, and the full-text index's internal tables are
    /// never analysed: an index believed empty looks cheaper than a primary-key lookup, so every insert
    /// of a large import would scan it and the import would slow quadratically.
    /// </summary>
    public static async Task RefreshAsync(AliadoDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // Table names come from the model, never from input.
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order();
            var sql = $"{string.Join(' ', tables.Select(t => $"ANALYZE \"{t}\";"))} DELETE FROM sqlite_stat1 WHERE tbl LIKE 'SearchIndex%' OR stat = '0' OR stat LIKE '0 %'; ANALYZE sqlite_schema;";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    /// <summary>
    /// After thousands of rows went in at once (an import, a generated demo): up to date on both. On
    /// PostgreSQL the model's tables are vacuumed too, which marks the new rows visible to every
    /// transaction: until then an index-only scan checks each row in the table itself (page 500 of a
    /// 100,000-person list read 12,501 rows from the table, 15 ms; after, none, 3 ms). Inside a transaction,
    /// where PostgreSQL cannot vacuum, only the statistics.
    /// </summary>
    public static async Task AfterBulkWriteAsync(AliadoDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await RefreshAsync(db, cancellationToken);
            return;
        }
        if (db.Database.CurrentTransaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
            return;
        }
        // Table names come from the model, never from input.
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order().Select(t => $"\"{t}\"");
        var sql = $"VACUUM (ANALYZE) {string.Join(", ", tables)};";
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }
}
