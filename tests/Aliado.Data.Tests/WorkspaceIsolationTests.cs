using Aliado.Core.People;
using Aliado.Core.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Tests;

/// <summary>The storage-level promise: a unit of work sees and changes only its own workspace's rows.</summary>
public sealed class WorkspaceIsolationTests : IAsyncDisposable
{
    private readonly Databases _databases = new();

    public ValueTask DisposeAsync() => _databases.DisposeAsync();

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Queries_only_see_the_current_workspace(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var (mine, theirs) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await SeedAsync(open, mine, "Ricardo");
        await SeedAsync(open, theirs, "Marta");

        await using var db = open(WorkspaceScope.For(mine));

        Assert.Equal(["Ricardo"], await db.People.Select(p => p.Name).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Null(await db.People.FirstOrDefaultAsync(p => p.Name == "Marta", TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Without_a_scope_nothing_is_visible(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        await SeedAsync(open, Guid.CreateVersion7(), "Ricardo");

        await using var db = open(new WorkspaceScope());

        Assert.Equal(0, await db.People.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Saving_a_row_of_another_workspace_is_refused_and_nothing_is_written(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var (mine, theirs) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await SeedAsync(open, mine, "Ricardo");
        await SeedAsync(open, theirs, "Marta");

        await using (var db = open(WorkspaceScope.For(mine)))
        {
            db.People.Add(Person.Create(mine, new PersonDraft("Elena")));
            db.People.Add(Person.Create(theirs, new PersonDraft("Intruder")));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        await using var check = open(WorkspaceScope.For(theirs));
        Assert.Equal(["Marta"], await check.People.Select(p => p.Name).ToListAsync(TestContext.Current.CancellationToken));
        await using var mineCheck = open(WorkspaceScope.For(mine));
        Assert.Equal(["Ricardo"], await mineCheck.People.Select(p => p.Name).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Deleting_a_person_removes_ties_in_both_directions(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var workspace = Guid.CreateVersion7();
        await SeedAsync(open, workspace, "Ricardo");
        await using var db = open(WorkspaceScope.For(workspace));
        var ricardo = await db.People.SingleAsync(TestContext.Current.CancellationToken);
        var elena = Person.Create(workspace, new PersonDraft("Elena"));
        var sofia = Person.Create(workspace, new PersonDraft("Sofía"));
        db.People.AddRange(elena, sofia);
        db.Ties.Add(Tie.Create(workspace, ricardo.Id, new TieDraft(elena.Id, TieKind.ReportsTo)));
        db.Ties.Add(Tie.Create(workspace, sofia.Id, new TieDraft(ricardo.Id, TieKind.ReportsTo)));
        db.Ties.Add(Tie.Create(workspace, sofia.Id, new TieDraft(elena.Id, TieKind.Peer)));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        db.People.Remove(ricardo);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        await using var check = open(WorkspaceScope.For(workspace));
        var remaining = await check.Ties.Select(t => new { t.PersonId, t.OtherPersonId }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new { PersonId = sofia.Id, OtherPersonId = elena.Id }, Assert.Single(remaining));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_database_itself_refuses_a_second_me_and_a_tie_to_oneself(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var workspace = Guid.CreateVersion7();
        await SeedAsync(open, workspace, "Ricardo");

        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            db.People.Add(Person.Create(workspace, new PersonDraft("Me again"), isMe: true));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            var ricardo = await db.People.SingleAsync(TestContext.Current.CancellationToken);
            var self = Tie.Create(workspace, ricardo.Id, new TieDraft(Guid.NewGuid(), TieKind.Peer));
            db.Ties.Add(self);
            db.Entry(self).Property(t => t.OtherPersonId).CurrentValue = ricardo.Id;
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task People_written_in_bulk_read_back_as_saved_with_their_email_keys_and_one_history_line_and_never_into_another_workspace(DatabaseProvider provider)
    {
        var open = await _databases.CreateAsync(provider);
        var (mine, theirs) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await SeedAsync(open, mine, "Ricardo");
        await SeedAsync(open, theirs, "Marta");
        var ana = Person.Create(mine, new PersonDraft(
            "Ana Quispe", Position: "Jefa de área", Roles: ["Approves budgets"], SocialStyle: SocialStyle.Analytical, Notes: "Line one.\nLine two.",
            Emails: [new ContactPoint("Ana@Example.com", "work"), new ContactPoint("ana@home.example")], Phones: [new ContactPoint("+51 1 555 0101", "mobile")],
            Links: [new ContactPoint("https://example.com/ana")], Birthday: "--03-15"));
        var bare = Person.Create(mine, new PersonDraft("Tomás"));

        await using (var db = open(WorkspaceScope.For(mine)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await People.ImportedPeople.InsertAsync(db, [ana, bare], "vcard", TestContext.Current.CancellationToken);
            await Assert.ThrowsAsync<InvalidOperationException>(() => People.ImportedPeople.InsertAsync(db, [Person.Create(theirs, new PersonDraft("Intruder"))], "vcard", TestContext.Current.CancellationToken));
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        await using var check = open(WorkspaceScope.For(mine));
        var read = await check.People.SingleAsync(p => p.Id == ana.Id, TestContext.Current.CancellationToken);
        Assert.Equal(
            (ana.Name, ana.SearchName, ana.Position, ana.SocialStyle, ana.Notes, ana.Birthday, ana.Email, ana.Phone),
            (read.Name, read.SearchName, read.Position, read.SocialStyle, read.Notes, read.Birthday, read.Email, read.Phone));
        Assert.Equal(ana.Roles, read.Roles);
        Assert.Equal(ana.Emails, read.Emails);
        Assert.Equal(ana.Phones, read.Phones);
        Assert.Equal(ana.Links, read.Links);
        Assert.Equal(ana.CreatedAt, read.CreatedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(["ana@example.com", "ana@home.example"], await check.PersonEmailKeys.Where(k => k.PersonId == ana.Id).Select(k => k.Email).OrderBy(e => e).ToListAsync(TestContext.Current.CancellationToken));
        var lines = await check.Changes.Where(c => c.PersonId == ana.Id || c.PersonId == bare.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(("imported", "vcard", 0L), (l.Field, l.After, l.Version)));
        Assert.Equal(3, await check.People.CountAsync(TestContext.Current.CancellationToken));
        await using var other = open(WorkspaceScope.For(theirs));
        Assert.Equal(["Marta"], await other.People.Select(p => p.Name).ToListAsync(TestContext.Current.CancellationToken));

        // A person written in bulk is edited like any other: the version the bulk write gave it is the one a save expects.
        read.Apply(new PersonDraft("Ana Quispe Rojas"));
        await check.SaveChangesAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Ana Quispe Rojas", await other.People.IgnoreQueryFilters().Where(p => p.Id == ana.Id).Select(p => p.Name).SingleAsync(TestContext.Current.CancellationToken));
    }

    private static async Task SeedAsync(Func<WorkspaceScope, AliadoDbContext> open, Guid workspaceId, string me)
    {
        await using var db = open(WorkspaceScope.For(workspaceId));
        db.Workspaces.Add(new Workspace { Id = workspaceId, Name = me });
        db.People.Add(Person.Create(workspaceId, new PersonDraft(me), isMe: true));
        await db.SaveChangesAsync();
    }
}
