using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Core.Workspaces;
using Aliado.Data;

namespace Aliado.Bench;

/// <summary>
/// A workspace as big as a busy account manager's would grow: one relationship per client, each with a
/// conversation, and a share of them with proposals (some declined) and pulses, spread over a year.
/// </summary>
public static class Seeder
{
    public static async Task<Guid> SeedAsync(Func<WorkspaceScope, AliadoDbContext> open, int relationships, DateTime now)
    {
        var workspace = new Workspace { Name = "Bench" };
        await using (var db = open(WorkspaceScope.For(workspace.Id)))
        {
            db.Workspaces.Add(workspace);
            db.People.Add(Person.Create(workspace.Id, new PersonDraft("Me"), isMe: true));
            await db.SaveChangesAsync();
        }
        var me = await MeAsync(open, workspace.Id);
        var random = new Random(7);
        const int Batch = 1000;
        for (var start = 0; start < relationships; start += Batch)
        {
            await using var db = open(WorkspaceScope.For(workspace.Id));
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = start; n < Math.Min(relationships, start + Batch); n++)
            {
                var client = Person.Create(workspace.Id, new PersonDraft($"Client {n:D5}"));
                var opened = now.AddDays(-random.Next(30, 400));
                var relationship = Relationship.Create(workspace.Id, me, client.Id, null, RelationshipKind.External, 7 + random.Next(0, 30), opened);
                var touched = now.AddDays(-random.Next(0, 60));
                db.People.Add(client);
                db.Relationships.Add(relationship);
                db.Interactions.Add(Interaction.Create(workspace.Id, relationship.Id, new InteractionDraft(touched, Channel.Meeting, "Catch-up", n % 3 == 0 ? "Send the summary" : null), now));
                DateTime? proposed = null;
                var (absorbed, streak) = (0, 0);
                if (n % 3 == 0)
                {
                    var interest = Interest.Create(workspace.Id, relationship.Id, new InterestDraft(InterestHolder.Client, "Calm quarter", InterestScope.Organizational, Visibility.Stated, 4, 4, null));
                    proposed = now.AddDays(-random.Next(1, 40));
                    var proposal = Proposal.Create(workspace.Id, relationship.Id, new ProposalDraft("Idea", null, [interest.Id], null, proposed), now);
                    if (n % 2 == 0)
                    {
                        proposal.Record(new AnswerDraft(Answer.Declined, proposed.Value.AddDays(1)), now);
                        (absorbed, streak) = (1, 1);
                    }
                    db.Interests.Add(interest);
                    db.Proposals.Add(proposal);
                }
                PulseReading? pulse = null;
                if (n % 2 == 0)
                {
                    var taken = now.AddDays(-random.Next(0, 120));
                    pulse = new PulseReading(random.Next(1, 6), random.Next(1, 6), taken);
                    db.Pulses.Add(Pulse.Create(workspace.Id, relationship.Id, new PulseDraft(taken, pulse.OnTheirSide, pulse.GettingWhatTheyBuy), now));
                }
                relationship.Refresh(new RunningFacts(touched, proposed, pulse, absorbed, streak));
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
        return workspace.Id;
    }

    private static async Task<Guid> MeAsync(Func<WorkspaceScope, AliadoDbContext> open, Guid workspaceId)
    {
        await using var db = open(WorkspaceScope.For(workspaceId));
        return db.People.Single(p => p.IsMe).Id;
    }
}
