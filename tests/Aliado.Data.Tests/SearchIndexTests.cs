using Aliado.Core;
using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Core.Workspaces;
using Aliado.Data.Keeping;
using Aliado.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Aliado.Data.Tests;

/// <summary>The full-text index on both databases: accents and case ignored, kept current by every kind of write, one workspace at a time.</summary>
public sealed class SearchIndexTests : IAsyncDisposable
{
    private readonly Databases _databases = new();

    public ValueTask DisposeAsync() => _databases.DisposeAsync();

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Finds_words_by_their_start_ignoring_case_and_accents_and_never_in_another_workspace(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var (mine, theirs) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await SeedAsync(open, mine, "Ricardo");
        await SeedAsync(open, theirs, "Marta");
        await using (var db = open(WorkspaceScope.For(mine)))
        {
            db.People.Add(Person.Create(mine, new PersonDraft("José Ibáñez", Position: "Gerente de compras", Emails: [new ContactPoint("jose@acme-andina.example", "work")], Notes: "Prefiere reuniones cortas.")));
            db.People.Add(Person.Create(mine, new PersonDraft("Ana Quispe")));
            await db.SaveChangesAsync(Token);
        }
        await using (var db = open(WorkspaceScope.For(theirs)))
        {
            db.People.Add(Person.Create(theirs, new PersonDraft("Jose Ibanez")));
            await db.SaveChangesAsync(Token);
        }

        await using var search = open(WorkspaceScope.For(mine));
        Assert.Equal(["José Ibáñez"], await TitlesAsync(search, "IBAN jos"));
        Assert.Equal(["José Ibáñez"], await TitlesAsync(search, "compras"));
        Assert.Equal(["José Ibáñez"], await TitlesAsync(search, "acme"));
        Assert.Equal(["José Ibáñez"], await TitlesAsync(search, "reunión"));
        Assert.Empty(await TitlesAsync(search, "Quispe Ibáñez"));
        Assert.Empty(await TitlesAsync(search, "Marta"));
        var result = await SearchIndex.FindAsync(search, SearchQuery.Parse("ana"), [], 10, Token);
        Assert.Equal(1, result.Total);
        Assert.Equal("person", result.Hits.Single().Kind);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Renames_the_trash_and_bulk_imports_keep_it_current(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var workspace = Guid.CreateVersion7();
        await SeedAsync(open, workspace, "Ricardo");
        Guid personId, organizationId;
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            var me = await db.People.SingleAsync(Token);
            var organization = Organization.Create(workspace, new OrganizationDraft("Constructora Andina"));
            db.Organizations.Add(organization);
            var client = Person.Create(workspace, new PersonDraft("Lucía Torres", OrganizationId: organization.Id));
            db.People.Add(client);
            db.Relationships.Add(Relationship.Create(workspace, me.Id, client.Id, organization.Id, RelationshipKind.Internal, 14, DateTime.UtcNow));
            await db.SaveChangesAsync(Token);
            (personId, organizationId) = (client.Id, organization.Id);
        }

        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            Assert.Equal(["organization:Constructora Andina", "person:Lucía Torres", "relationship:Lucía Torres"], await KindsAndTitlesAsync(db, "andina"));

            (await db.Organizations.SingleAsync(Token)).Apply(new OrganizationDraft("Minera del Sur"));
            (await db.People.SingleAsync(p => p.Id == personId, Token)).Apply(new PersonDraft("Lucía Torres Paz", OrganizationId: organizationId));
            await db.SaveChangesAsync(Token);
        }
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            Assert.Empty(await TitlesAsync(db, "andina"));
            Assert.Equal(["organization:Minera del Sur", "person:Lucía Torres Paz", "relationship:Lucía Torres Paz"], await KindsAndTitlesAsync(db, "minera"));

            var person = await db.People.SingleAsync(p => p.Id == personId, Token);
            var entry = await TrashBin.MoveAsync(db, person, person.Name, Token);
            Assert.Equal(["organization:Minera del Sur"], await KindsAndTitlesAsync(db, "minera"));

            Assert.Equal(TrashBin.RestoreRefusal.None, await TrashBin.RestoreAsync(db, entry, Token));
            Assert.Equal(["organization:Minera del Sur", "person:Lucía Torres Paz", "relationship:Lucía Torres Paz"], await KindsAndTitlesAsync(db, "minera"));
        }
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Token);
            await People.ImportedPeople.InsertAsync(db, [Person.Create(workspace, new PersonDraft("Óscar Huamán", Emails: [new ContactPoint("oscar@minera.example")]))], "vcard", Token);
            await transaction.CommitAsync(Token);
        }
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            Assert.Equal(["Óscar Huamán"], await TitlesAsync(db, "oscar huaman"));
            db.People.Remove(await db.People.SingleAsync(p => p.Name == "Óscar Huamán", Token));
            await db.SaveChangesAsync(Token);
            Assert.Empty(await TitlesAsync(db, "oscar"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_migration_indexes_what_was_stored_before_it(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider, upTo: "PendingImports");
        var workspace = Guid.CreateVersion7();
        await SeedAsync(open, workspace, "Ricardo");
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            db.People.Add(Person.Create(workspace, new PersonDraft("Valeria Núñez")));
            await db.SaveChangesAsync(Token);
            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: Token);
        }

        await using var search = open(WorkspaceScope.For(workspace));
        Assert.Equal(["Valeria Núñez"], await TitlesAsync(search, "nunez"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_query_too_broad_to_rank_lists_the_newest_matches_and_counts_to_just_past_the_limit(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var workspace = Guid.CreateVersion7();
        await SeedAsync(open, workspace, "Ricardo");
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Token);
            var many = Enumerable.Range(0, SearchIndex.RankedAtMost + 10).Select(n => Person.Create(workspace, new PersonDraft($"Persona {n}", Notes: "Cliente frecuente de la feria."))).ToList();
            await People.ImportedPeople.InsertAsync(db, many, "vcard", Token);
            await Task.Delay(5, Token);
            await People.ImportedPeople.InsertAsync(db, [Person.Create(workspace, new PersonDraft("Clienta Ibáñez"))], "vcard", Token);
            await transaction.CommitAsync(Token);
        }

        await using var search = open(WorkspaceScope.For(workspace));
        var broad = await SearchIndex.FindAsync(search, SearchQuery.Parse("client"), [], 20, Token);

        Assert.False(broad.Exact);
        Assert.Equal(SearchIndex.RankedAtMost + 1, broad.Total);
        Assert.Equal(20, broad.Hits.Count);
        Assert.Equal("Clienta Ibáñez", broad.Hits[0].Title);
        Assert.Equal(20, broad.Hits.Select(h => h.RecordId).Distinct().Count());
    }

    /// <summary>
    /// SQLite gives each workspace's entries a row id range of their own; rebuilding the index over stored
    /// records (as the migration that introduced the ranges does) numbers several workspaces' entries in one
    /// statement, and each search still reads only its own.
    /// </summary>
    [Fact]
    public async Task Rebuilding_the_index_over_stored_records_keeps_each_workspace_to_its_own_range()
    {
        var open = await _databases.CreateAsync(DatabaseProvider.Sqlite, upTo: "ParentsBehindWorkspace");
        var (mine, theirs) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await SeedAsync(open, mine, "Ricardo");
        await SeedAsync(open, theirs, "Bea");
        await using (var db = open(WorkspaceScope.For(mine)))
        {
            db.People.AddRange(Person.Create(mine, new PersonDraft("Marta Uno")), Person.Create(mine, new PersonDraft("Mario Dos")));
            await db.SaveChangesAsync(Token);
        }
        await using (var db = open(WorkspaceScope.For(theirs)))
        {
            db.People.Add(Person.Create(theirs, new PersonDraft("Marcos Tres")));
            await db.SaveChangesAsync(Token);
        }

        await using (var db = open(new WorkspaceScope()))
        {
            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: Token);
        }
        await using (var db = open(WorkspaceScope.For(theirs)))
        {
            db.People.Add(Person.Create(theirs, new PersonDraft("Mariana Cuatro")));
            await db.SaveChangesAsync(Token);
        }

        await using var search = open(WorkspaceScope.For(mine));
        Assert.Equal(["Mario Dos", "Marta Uno"], await TitlesAsync(search, "mar"));
        await using var other = open(WorkspaceScope.For(theirs));
        Assert.Equal(["Marcos Tres", "Mariana Cuatro"], await TitlesAsync(other, "mar"));
        var ranges = await search.Database.SqlQuery<long>($"SELECT count(DISTINCT \"Rowid\" >> 40) AS \"Value\" FROM \"SearchEntries\" GROUP BY \"WorkspaceId\"").ToListAsync(Token);
        Assert.Equal([1L, 1L], ranges);
        Assert.Equal(2, await search.Database.SqlQuery<long>($"SELECT count(DISTINCT \"Rowid\" >> 40) AS \"Value\" FROM \"SearchEntries\"").SingleAsync(Token));
    }

    /// <summary>SQLite rebuilds a table for some schema changes and drops its triggers with it: a later migration must put them back.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_indexed_table_keeps_its_triggers_after_all_migrations(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        await using var db = open(new WorkspaceScope());

        var triggers = provider == DatabaseProvider.Sqlite
            ? await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Search%'").ToListAsync(Token)
            : await db.Database.SqlQuery<string>($"SELECT DISTINCT tgname::text AS \"Value\" FROM pg_trigger WHERE tgname LIKE 'search%'").ToListAsync(Token);

        // SQLite: insert, update and delete per table, "shown in" on two, the index's own three, and the workspace slot.
        Assert.Equal(provider == DatabaseProvider.Sqlite ? (8 * 3) + 2 + 3 + 1 : 8, triggers.Count);
    }

    private static async Task<List<string>> TitlesAsync(AliadoDbContext db, string text) =>
        [.. (await SearchIndex.FindAsync(db, SearchQuery.Parse(text), [], 20, Token)).Hits.Select(h => h.Title).Order(StringComparer.Ordinal)];

    private static async Task<List<string>> KindsAndTitlesAsync(AliadoDbContext db, string text) =>
        [.. (await SearchIndex.FindAsync(db, SearchQuery.Parse(text), [], 20, Token)).Hits.Select(h => $"{h.Kind}:{h.Title}").Order(StringComparer.Ordinal)];

    private static async Task SeedAsync(Func<WorkspaceScope, AliadoDbContext> open, Guid workspaceId, string me)
    {
        await using var db = open(WorkspaceScope.For(workspaceId));
        db.Workspaces.Add(new Workspace { Id = workspaceId, Name = me });
        db.People.Add(Person.Create(workspaceId, new PersonDraft(me), isMe: true));
        await db.SaveChangesAsync(Token);
    }
}
