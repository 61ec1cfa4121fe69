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
        db.Ties.Add(Tie.Create(workspace, ricardo.Id, new TieDraft(elena.Id, "reports-to")));
        db.Ties.Add(Tie.Create(workspace, sofia.Id, new TieDraft(ricardo.Id, "reports-to")));
        db.Ties.Add(Tie.Create(workspace, sofia.Id, new TieDraft(elena.Id, "peer")));
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
            var self = Tie.Create(workspace, ricardo.Id, new TieDraft(Guid.NewGuid(), "peer"));
            db.Ties.Add(self);
            db.Entry(self).Property(t => t.OtherPersonId).CurrentValue = ricardo.Id;
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }
    }

    private static async Task SeedAsync(Func<WorkspaceScope, AliadoDbContext> open, Guid workspaceId, string me)
    {
        await using var db = open(WorkspaceScope.For(workspaceId));
        db.Workspaces.Add(new Workspace { Id = workspaceId, Name = me });
        db.People.Add(Person.Create(workspaceId, new PersonDraft(me), isMe: true));
        await db.SaveChangesAsync();
    }
}
