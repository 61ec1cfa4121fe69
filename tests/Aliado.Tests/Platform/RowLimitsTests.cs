using Aliado.Data;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Tests.Platform;

public sealed class RowLimitsTests
{
    [Fact]
    public void A_written_row_limit_is_in_the_sql_and_each_page_size_gets_its_own()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        var onSqlite = sqlite.People.OrderBy(p => p.SearchName).Skip(50).TakeWritten(26).ToQueryString();
        var onPostgres = postgres.People.OrderBy(p => p.SearchName).Skip(50).TakeWritten(26).ToQueryString();
        var otherSize = sqlite.People.OrderBy(p => p.SearchName).Skip(50).TakeWritten(101).ToQueryString();
        var asParameter = sqlite.People.OrderBy(p => p.SearchName).Skip(50).Take(26).ToQueryString();

        Assert.Contains("LIMIT 26 OFFSET @p", onSqlite, StringComparison.Ordinal);
        Assert.Contains("LIMIT 26 OFFSET @p", onPostgres, StringComparison.Ordinal);
        Assert.Contains("LIMIT 101 OFFSET @p", otherSize, StringComparison.Ordinal);
        Assert.DoesNotContain("LIMIT 26", asParameter, StringComparison.Ordinal);
    }
}
