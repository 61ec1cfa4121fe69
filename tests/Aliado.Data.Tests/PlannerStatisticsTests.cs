using Aliado.Data.Keeping;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Tests;

/// <summary>After a bulk write PostgreSQL's tables are vacuumed (rows visible to index-only scans), and inside a transaction the refresh still works.</summary>
public sealed class PlannerStatisticsTests : IAsyncDisposable
{
    private readonly Databases _databases = new();

    public ValueTask DisposeAsync() => _databases.DisposeAsync();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_postgres_a_bulk_write_leaves_the_tables_vacuumed_and_a_transaction_gets_the_statistics_alone()
    {
        var open = await _databases.CreateAsync(DatabaseProvider.Postgres);
        await using var db = open(WorkspaceScope.For(Guid.CreateVersion7()));
        Task<int> VacuumedAsync() => db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM pg_stat_user_tables WHERE relname = 'People' AND last_vacuum IS NOT NULL""").SingleAsync(Token);
        var before = await VacuumedAsync();

        await using (var transaction = await db.Database.BeginTransactionAsync(Token))
        {
            await PlannerStatistics.AfterBulkWriteAsync(db, Token);
            await transaction.CommitAsync(Token);
        }
        var insideTransaction = await VacuumedAsync();
        await PlannerStatistics.AfterBulkWriteAsync(db, Token);
        // The statistics collector reports a little after the fact.
        var after = 0;
        for (var tries = 0; tries < 50 && after == 0; tries++)
        {
            await Task.Delay(100, Token);
            after = await VacuumedAsync();
        }

        Assert.Equal((0, 0, 1), (before, insideTransaction, after));
    }
}
