using Aliado.Data;
using Aliado.Features.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aliado.Tests.Api;

/// <summary>The readiness check that says a database is behind, on a real SQLite file that was never migrated.</summary>
public sealed class ReadinessChecksTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aliado-ready-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_database_behind_this_version_is_not_ready_and_the_reason_says_what_to_run()
    {
        var cancel = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<SqliteAliadoDbContext>().UseSqlite($"Data Source={Path.Combine(_folder.FullName, "behind.db")};Pooling=False").Options;
        await using var behind = new SqliteAliadoDbContext(options, new WorkspaceScope());
        var check = new MigrationsHealthCheck(behind);

        var before = await check.CheckHealthAsync(new HealthCheckContext(), cancel);
        await behind.Database.MigrateAsync(cancel);
        var after = await check.CheckHealthAsync(new HealthCheckContext(), cancel);

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Matches("^The database is [0-9]+ migration\\(s\\) behind this version: run \"aliado migrate\"\\.$", before.Description);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }
}
