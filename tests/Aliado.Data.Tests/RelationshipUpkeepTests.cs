using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Core.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Data.Tests;

/// <summary>A relationship's stored verdict and running summary follow its children on every save, whoever saves.</summary>
public sealed class RelationshipUpkeepTests : IAsyncDisposable
{
    private readonly Databases _databases = new();

    public ValueTask DisposeAsync() => _databases.DisposeAsync();

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Children_saved_straight_through_the_context_keep_the_stored_verdict_and_summary_true(DatabaseProvider provider)
    {
        var cancel = TestContext.Current.CancellationToken;
        var open = await _databases.CreateAsync(provider);
        var workspace = Guid.CreateVersion7();
        Guid relationshipId, coincidenceId;
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            db.Workspaces.Add(new Workspace { Id = workspace, Name = "Mine" });
            var me = Person.Create(workspace, new PersonDraft("Me"), isMe: true);
            var boss = Person.Create(workspace, new PersonDraft("Ricardo"));
            db.People.AddRange(me, boss);
            var relationship = Relationship.Create(workspace, me.Id, boss.Id, null, RelationshipKind.Internal, 14, DateTime.UtcNow.AddDays(-30));
            db.Relationships.Add(relationship);
            await db.SaveChangesAsync(cancel);

            var theirs = Interest.Create(workspace, relationship.Id, new InterestDraft(InterestHolder.Client, "Be seen as the region that delivers", Importance: 5));
            var mine = Interest.Create(workspace, relationship.Id, new InterestDraft(InterestHolder.Provider, "Learn how the area runs", Importance: 4));
            db.Interests.AddRange(theirs, mine);
            var coincidence = Coincidence.Create(workspace, relationship.Id, mine.Id, theirs.Id, CoincidenceStrength.Full);
            db.Coincidences.Add(coincidence);
            db.Offerings.Add(Offering.Create(workspace, relationship.Id, new OfferingDraft("Weekly written summary", ClientBuys.Yes, ServesInterestIds: [theirs.Id])));
            db.Pulses.Add(Pulse.Create(workspace, relationship.Id, new PulseDraft(DateTime.UtcNow.AddDays(-1), 4, 3), DateTime.UtcNow));
            await db.SaveChangesAsync(cancel);
            (relationshipId, coincidenceId) = (relationship.Id, coincidence.Id);
        }

        var saved = await StoredAsync(open, workspace, relationshipId, cancel);
        await using (var db = open(WorkspaceScope.For(workspace)))
        {
            db.Coincidences.Remove(await db.Coincidences.SingleAsync(c => c.Id == coincidenceId, cancel));
            db.Pulses.RemoveRange(await db.Pulses.ToListAsync(cancel));
            await db.SaveChangesAsync(cancel);
        }
        var afterRemoval = await StoredAsync(open, workspace, relationshipId, cancel);

        Assert.Equal((VerdictOutcome.Proceed, (int?)4), saved);
        Assert.NotEqual(VerdictOutcome.Proceed, afterRemoval.Outcome);
        Assert.Null(afterRemoval.OnTheirSide);
    }

    private static async Task<(VerdictOutcome Outcome, int? OnTheirSide)> StoredAsync(Func<WorkspaceScope, AliadoDbContext> open, Guid workspace, Guid relationshipId, CancellationToken cancel)
    {
        await using var db = open(WorkspaceScope.For(workspace));
        var relationship = await db.Relationships.AsNoTracking().SingleAsync(r => r.Id == relationshipId, cancel);
        return (relationship.Outcome, relationship.LatestOnTheirSide);
    }
}
