using Aliado.Data;
using Aliado.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aliado.Tests.Performance;

/// <summary>The app's SQLite connections read the file through the memory map, however they are reused from the pool.</summary>
public sealed class SqliteMemoryMapTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Every_connection_the_app_opens_maps_the_database_file()
    {
        var sizes = new List<long>();
        for (var n = 0; n < 3; n++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AliadoDbContext>();
            sizes.Add(await db.Database.SqlQueryRaw<long>("PRAGMA mmap_size").ToAsyncEnumerable().SingleAsync(TestContext.Current.CancellationToken));
        }

        Assert.All(sizes, size => Assert.Equal(SqliteMemoryMap.Bytes, size));
    }
}
