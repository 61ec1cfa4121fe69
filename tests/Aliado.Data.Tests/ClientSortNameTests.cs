using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Core.Workspaces;
using Aliado.Data.Relationships;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Tests;

/// <summary>The client's sort name is the database's to keep: its triggers exist after every migration and follow a rename.</summary>
public sealed class ClientSortNameTests : IAsyncDisposable
{
    private readonly Databases _databases = new();

    public ValueTask DisposeAsync() => _databases.DisposeAsync();

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>SQLite rebuilds a table for some schema changes and drops its triggers with it: a later migration must put them back.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_triggers_are_there_after_all_migrations_and_a_rename_reaches_the_relationship(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var workspaceId = Guid.CreateVersion7();
        Guid clientId;
        Guid relationshipId;
        await using (var db = open(WorkspaceScope.For(workspaceId)))
        {
            db.Workspaces.Add(new Workspace { Id = workspaceId, Name = "Mine" });
            var me = Person.Create(workspaceId, new PersonDraft("Laura Méndez"), isMe: true);
            var client = Person.Create(workspaceId, new PersonDraft("Élena Paredes"));
            db.People.AddRange(me, client);
            var relationship = Relationship.Create(workspaceId, me.Id, client.Id, null, RelationshipKind.Internal, Relationship.DefaultCadenceDays, DateTime.UtcNow);
            db.Relationships.Add(relationship);
            await db.SaveChangesAsync(Token);
            (clientId, relationshipId) = (client.Id, relationship.Id);
        }
        string? SortNameOf(AliadoDbContext db) => db.Relationships.AsNoTracking().Where(r => r.Id == relationshipId).Select(r => EF.Property<string?>(r, ClientSortName.Column)).Single();
        string? created;
        await using (var db = open(WorkspaceScope.For(workspaceId)))
        {
            created = SortNameOf(db);
            var client = await db.People.SingleAsync(p => p.Id == clientId, Token);
            client.Apply(new PersonDraft("Zoe Paredes"));
            await db.SaveChangesAsync(Token);
        }
        await using var check = open(WorkspaceScope.For(workspaceId));
        var renamed = SortNameOf(check);
        var triggers = provider == DatabaseProvider.Sqlite
            ? await check.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%ClientSortName%'").ToListAsync(Token)
            : await check.Database.SqlQuery<string>($"SELECT DISTINCT tgname::text AS \"Value\" FROM pg_trigger WHERE tgname LIKE '%client_sort_name'").ToListAsync(Token);

        Assert.Equal("elena paredes", created);
        Assert.Equal("zoe paredes", renamed);
        Assert.Equal(provider == DatabaseProvider.Sqlite ? 3 : 2, triggers.Count);
    }
}
