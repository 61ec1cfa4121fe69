using System.Security.Cryptography;
using Aliado.Core.People;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Data.People;
using Aliado.Features.Accounts;

namespace Aliado.Features.Demo;

/// <summary>
/// A demo workspace of any size — a company's address book with a portfolio of relationships, each with
/// interests, offerings, coincidences, conversations, proposals and answers, pulses, ties and
/// assessments — for trying Aliado (and measuring it) at the size a team reaches. The same seed gives
/// the same workspace. Rows go in with <see cref="BulkInsert"/>, so 100,000 people take seconds, not
/// minutes; the verdicts and running summaries are worked out here exactly as a save would.
/// </summary>
public sealed class ScaleDemo(AccountOpening accounts, AliadoDbContext db, TimeProvider clock)
{
    public sealed record Size(int People, int Relationships)
    {
        public const int MaxPeople = 1_000_000;

        /// <summary>Every relationship has its own client, and I am one of the people.</summary>
        public bool IsValid => People is >= 2 and <= MaxPeople && Relationships >= 0 && Relationships < People;
    }

    public async Task<(DemoWorkspace.Created? Demo, IReadOnlyList<string> Errors)> CreateAsync(string culture, Size size, string? email = null, string? password = null, CancellationToken cancellationToken = default)
    {
        var es = Platform.Localization.Normalize(culture) == "es";
        email ??= $"demo-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}@{DemoWorkspace.DemoDomain}";
        password ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        var (user, errors) = await accounts.OpenAsync(
            new NewAccount(email, password, es ? "Laura Méndez" : "Laura Mendez", es ? "es" : "en"),
            (created, token) => FillAsync(created.PersonalWorkspaceId, size, new Words(es), token),
            cancellationToken);
        if (user is null)
        {
            return (null, [.. errors.Select(e => e.Description)]);
        }
        // After the account's transaction has committed: PostgreSQL vacuums only outside one.
        await PlannerStatistics.AfterBulkWriteAsync(db, cancellationToken);
        return (new DemoWorkspace.Created(user, password), []);
    }

    private async Task FillAsync(Guid workspaceId, Size size, Words words, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(20261127);
        var me = db.People.Local.Single(p => p.IsMe);
        var types = Catalogue.Types.Select((t, i) => ClientType.FromCatalogue(workspaceId, t, i)).ToList();
        db.ClientTypes.AddRange(types);
        await db.SaveChangesAsync(cancellationToken);

        var organizations = Organizations(workspaceId, Math.Max(1, size.People / 40), words, random);
        await BulkInsert.InsertAsync(db, organizations, cancellationToken);

        var people = new List<Person>(size.People - 1);
        for (var n = 0; n < size.People - 1; n++)
        {
            people.Add(Person.Create(workspaceId, words.Person(n, organizations[random.Next(organizations.Count)].Id, random)));
        }
        foreach (var batch in people.Chunk(5_000))
        {
            await ImportedPeople.InsertAsync(db, batch, "demo", cancellationToken);
        }
        await BulkInsert.InsertAsync(db, Ties(workspaceId, people, random), cancellationToken);

        var traits = types.SelectMany(t => t.Traits).Select(t => t.Id).ToList();
        var portfolio = new Portfolio(workspaceId, now, words, random);
        foreach (var clients in people.Take(size.Relationships).Chunk(2_000))
        {
            var rows = new Portfolio.Rows();
            foreach (var client in clients)
            {
                portfolio.Open(rows, me.Id, client.Id, traits);
            }
            await rows.InsertAsync(db, cancellationToken);
        }
    }

    private static List<Organization> Organizations(Guid workspaceId, int count, Words words, Random random)
    {
        var companies = new List<Organization>();
        for (var n = 0; n < count; n++)
        {
            var parent = n % 4 == 0 || companies.Count == 0 ? null : companies[random.Next(companies.Count)];
            companies.Add(Organization.Create(workspaceId, parent is null
                ? new OrganizationDraft(words.Company(n), OrganizationKind.Company)
                : new OrganizationDraft(words.Department(n), OrganizationKind.Department, parent.Id)));
        }
        return companies;
    }

    /// <summary>About one tie for every two people: who reports to whom, peers, allies and rivals.</summary>
    private static List<Tie> Ties(Guid workspaceId, List<Person> people, Random random)
    {
        var ties = new List<Tie>(people.Count / 2);
        var kinds = Enum.GetValues<TieKind>();
        var attitudes = Enum.GetValues<Attitude>();
        for (var n = 1; n < people.Count; n += 2)
        {
            var other = people[random.Next(n)];
            ties.Add(Tie.Create(workspaceId, people[n].Id, new TieDraft(
                other.Id, kinds[random.Next(kinds.Length)], random.Next(1, 6), random.Next(1, 6), attitudes[random.Next(attitudes.Length)])));
        }
        return ties;
    }

    /// <summary>One relationship and everything the method records in it, the way a year of use leaves it.</summary>
    private sealed class Portfolio(Guid workspaceId, DateTime now, Words words, Random random)
    {
        public sealed class Rows
        {
            public List<Relationship> Relationships { get; } = [];
            public List<Interest> Interests { get; } = [];
            public List<Offering> Offerings { get; } = [];
            public List<Coincidence> Coincidences { get; } = [];
            public List<Interaction> Interactions { get; } = [];
            public List<Proposal> Proposals { get; } = [];
            public List<Pulse> Pulses { get; } = [];
            public List<Assessment> Assessments { get; } = [];

            public async Task InsertAsync(AliadoDbContext db, CancellationToken cancellationToken)
            {
                await BulkInsert.InsertAsync(db, Relationships, cancellationToken);
                await BulkInsert.InsertAsync(db, Interests, cancellationToken);
                await BulkInsert.InsertAsync(db, Offerings, cancellationToken);
                await BulkInsert.InsertAsync(db, [.. Offerings.SelectMany(o => o.Serves)], cancellationToken);
                await BulkInsert.InsertAsync(db, Coincidences, cancellationToken);
                await BulkInsert.InsertAsync(db, Interactions, cancellationToken);
                await BulkInsert.InsertAsync(db, [.. Interactions.SelectMany(i => i.Reinforced)], cancellationToken);
                await BulkInsert.InsertAsync(db, Proposals, cancellationToken);
                await BulkInsert.InsertAsync(db, [.. Proposals.SelectMany(p => p.Interests)], cancellationToken);
                await BulkInsert.InsertAsync(db, [.. Proposals.SelectMany(p => p.Offerings)], cancellationToken);
                await BulkInsert.InsertAsync(db, Pulses, cancellationToken);
                await BulkInsert.InsertAsync(db, Assessments, cancellationToken);
                await BulkInsert.InsertAsync(db, [.. Assessments.SelectMany(a => a.Traits)], cancellationToken);
            }
        }

        public void Open(Rows rows, Guid me, Guid client, List<Guid> traits)
        {
            var opened = now.AddDays(-random.Next(30, 720));
            var relationship = Relationship.Create(workspaceId, me, client, null, random.Next(3) == 0 ? RelationshipKind.Internal : RelationshipKind.External, 7 * random.Next(1, 9), opened);
            var interests = Interests(relationship.Id);
            var theirs = interests.Where(i => i.Holder == InterestHolder.Client).ToList();
            var mine = interests.Where(i => i.Holder == InterestHolder.Provider).ToList();
            var coincidences = mine.Take(random.Next(0, 3)).Select((m, n) => Coincidence.Create(
                workspaceId, relationship.Id, m.Id, theirs[n % theirs.Count].Id, (CoincidenceStrength)random.Next(Enum.GetValues<CoincidenceStrength>().Length))).ToList();
            var offerings = Enumerable.Range(0, random.Next(1, 3)).Select(n => Offering.Create(workspaceId, relationship.Id, new OfferingDraft(
                words.Offering(random), Pick<ClientBuys>(), Pick<PerceivedValue>(), Pick<Willingness>(), [theirs[n % theirs.Count].Id]))).ToList();
            relationship.Record(Verdict.Of(VerdictFacts.From(interests, offerings, coincidences)));

            var interactions = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Interaction.Create(workspaceId, relationship.Id, new InteractionDraft(
                Between(opened, now), Pick<Channel>(), words.Conversation(random), random.Next(3) == 0 ? words.NextStep(random) : null,
                random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(4) == 0 ? [theirs[0].Id] : null), now)).ToList();
            var proposals = Proposals(relationship.Id, opened, theirs, offerings);
            var pulses = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pulse.Create(workspaceId, relationship.Id, new PulseDraft(
                Between(opened, now), random.Next(1, 6), random.Next(1, 6)), now)).ToList();
            var latest = pulses.MaxBy(p => p.TakenAt);
            var (absorbed, streak) = Tolerance.Absorbed(proposals.Where(p => p.AnsweredAt is not null).Select(p => (p.Answer, p.AnsweredAt!.Value)));
            relationship.Refresh(new RunningFacts(
                interactions.Max(i => (DateTime?)i.OccurredAt), proposals.Max(p => (DateTime?)p.ProposedAt),
                latest is null ? null : new PulseReading(latest.OnTheirSide, latest.GettingWhatTheyBuy, latest.TakenAt), absorbed, streak));

            rows.Relationships.Add(relationship);
            rows.Interests.AddRange(interests);
            rows.Offerings.AddRange(offerings);
            rows.Coincidences.AddRange(coincidences);
            rows.Interactions.AddRange(interactions);
            rows.Proposals.AddRange(proposals);
            rows.Pulses.AddRange(pulses);
            if (random.Next(10) == 0)
            {
                rows.Assessments.Add(Assessment.Create(workspaceId, client, new AssessmentDraft(
                    Between(opened, now), [.. Enumerable.Range(0, 3).Select(_ => traits[random.Next(traits.Count)]).Distinct()], words.Assessment(random)), now));
            }
        }

        private List<Interest> Interests(Guid relationshipId)
        {
            var interests = new List<Interest>();
            for (var n = random.Next(2, 4); n > 0; n--)
            {
                interests.Add(Interest.Create(workspaceId, relationshipId, new InterestDraft(
                    InterestHolder.Client, words.TheirInterest(random), Pick<InterestScope>(), Pick<Visibility>(), random.Next(1, 6), random.Next(1, 6))));
            }
            for (var n = random.Next(1, 3); n > 0; n--)
            {
                interests.Add(Interest.Create(workspaceId, relationshipId, new InterestDraft(InterestHolder.Provider, words.MyInterest(random), Importance: random.Next(1, 6))));
            }
            return interests;
        }

        private List<Proposal> Proposals(Guid relationshipId, DateTime opened, List<Interest> theirs, List<Offering> offerings)
        {
            var proposals = new List<Proposal>();
            for (var n = random.Next(0, 3); n > 0; n--)
            {
                var proposedAt = Between(opened, now.AddDays(-2));
                var proposal = Proposal.Create(workspaceId, relationshipId, new ProposalDraft(
                    words.Proposal(random), null, [theirs[random.Next(theirs.Count)].Id], [offerings[0].Id], proposedAt), now);
                var answer = (Answer)random.Next(Enum.GetValues<Answer>().Length);
                if (answer != Answer.Pending)
                {
                    proposal.Record(new AnswerDraft(answer, Between(proposedAt, now), answer == Answer.Declined ? Pick<Reaction>() : null), now);
                }
                proposals.Add(proposal);
            }
            return proposals;
        }

        private T Pick<T>() where T : struct, Enum
        {
            var values = Enum.GetValues<T>();
            return values[random.Next(values.Length)];
        }

        private DateTime Between(DateTime from, DateTime to) => from.AddSeconds(random.NextDouble() * Math.Max(0, (to - from).TotalSeconds));
    }
}
