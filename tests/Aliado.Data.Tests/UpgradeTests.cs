using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aliado.Data.Tests;

/// <summary>Upgrading keeps what users recorded: data written under an older schema reads right after the migration.</summary>
public sealed class UpgradeTests : IAsyncDisposable
{
    private readonly Databases _databases = new();

    public ValueTask DisposeAsync() => _databases.DisposeAsync();

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Relationships_recorded_before_proposals_get_their_running_summary(DatabaseProvider provider)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var open = await _databases.CreateAsync(provider, upTo: "Pulses");
        var (workspace, me, boss, relationship) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var opened = new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc);
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            var sqlite = provider == DatabaseProvider.Sqlite;
            object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
            object At(DateTime at) => sqlite ? at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : at;
            var people = sqlite
                ? """INSERT INTO "People" ("Id", "WorkspaceId", "IsMe", "Name", "SearchName", "Roles", "SocialStyle", "CreatedAt", "UpdatedAt") VALUES ({0}, {1}, {2}, {3}, {3}, '[]', 'Unknown', {4}, {4})"""
                : """INSERT INTO "People" ("Id", "WorkspaceId", "IsMe", "Name", "SearchName", "Roles", "SocialStyle", "CreatedAt", "UpdatedAt") VALUES ({0}, {1}, {2}, {3}, {3}, '{{}}'::text[], 'Unknown', {4}, {4})""";
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "Workspaces" ("Id", "Name", "CreatedAt") VALUES ({0}, 'Old', {1})""", [Id(workspace), At(opened)], cancellationToken);
            foreach (var (person, name, isMe) in new[] { (me, "Laura", true), (boss, "Ricardo", false) })
            {
                await db.Database.ExecuteSqlRawAsync(people, [Id(person), Id(workspace), isMe, name, At(opened)], cancellationToken);
            }
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Relationships" ("Id", "WorkspaceId", "ProviderId", "ClientId", "Kind", "CadenceDays", "CreatedAt", "Outcome", "CoincidenceShare", "ConflictShare", "DecisionMade") VALUES ({0}, {1}, {2}, {3}, 'Internal', 10, {4}, 'NotEnoughKnown', 0, 0, 'Pending')""",
                [Id(relationship), Id(workspace), Id(me), Id(boss), At(opened)], cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Interactions" ("Id", "WorkspaceId", "RelationshipId", "OccurredAt", "Channel", "Summary") VALUES ({0}, {1}, {2}, {3}, 'Call', 'Catch-up')""",
                [Id(Guid.CreateVersion7()), Id(workspace), Id(relationship), At(opened.AddDays(4))], cancellationToken);
            foreach (var (days, side) in new[] { (2, 5), (6, 2) })
            {
                await db.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "Pulses" ("Id", "WorkspaceId", "RelationshipId", "TakenAt", "OnTheirSide", "GettingWhatTheyBuy") VALUES ({0}, {1}, {2}, {3}, {4}, 4)""",
                    [Id(Guid.CreateVersion7()), Id(workspace), Id(relationship), At(opened.AddDays(days)), side], cancellationToken);
            }

            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: cancellationToken);
        }

        await using var upgraded = open(WorkspaceScope.For(workspace));
        var read = await upgraded.Relationships.SingleAsync(cancellationToken);
        Assert.Equal(opened.AddDays(4), read.LastTouchAt);
        Assert.Equal(opened.AddDays(14), read.DueAt);
        Assert.Equal(opened.AddDays(19), read.OverdueAt);
        Assert.Equal((opened.AddDays(6), 2, 4), (read.LatestPulseAt!.Value, read.LatestOnTheirSide!.Value, read.LatestGettingWhatTheyBuy!.Value));
    }
}
