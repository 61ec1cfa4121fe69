using System.IO.Pipelines;
using System.Text.Json;
using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Data;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Exports;

/// <summary>
/// Writes the whole workspace as one <see cref="WorkspaceDocument"/>, streamed: people and the other
/// long lists go out row by row, relationships a batch at a time with everything recorded in them, so a
/// workspace of 100,000 people is never built in memory. Lists come in a stable order (by name or date,
/// then content), so exporting the same workspace twice gives the same document.
/// </summary>
public static class WorkspaceExport
{
    public const int RelationshipBatch = 200;

    private const int FlushAt = 32 * 1024;

    public static async Task WriteAsync(Stream body, AliadoDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        // The serializer flushes its writer synchronously; over a pipe that only moves bytes into the pipe's buffer, which goes out asynchronously.
        var pipe = PipeWriter.Create(body, new StreamPipeWriterOptions(leaveOpen: true));
        await using var json = new Utf8JsonWriter(pipe, new JsonWriterOptions { Indented = true });
        var options = DocumentJson.Options;
        async Task SectionAsync<T>(string name, IAsyncEnumerable<T> items)
        {
            json.WriteStartArray(name);
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                JsonSerializer.Serialize(json, item, options);
                if (pipe.UnflushedBytes > FlushAt)
                {
                    await pipe.FlushAsync(cancellationToken);
                }
            }
            json.WriteEndArray();
        }

        json.WriteStartObject();
        json.WriteString("format", WorkspaceDocument.FormatName);
        json.WriteNumber("version", WorkspaceDocument.CurrentVersion);
        json.WriteString("exportedAt", now);
        json.WritePropertyName("workspace");
        JsonSerializer.Serialize(json, await WorkspaceAsync(db, cancellationToken), options);
        await SectionAsync("organizations", db.Organizations.AsNoTracking().OrderBy(o => o.SearchName).ThenBy(o => o.CreatedAt).ThenBy(o => o.Id).AsAsyncEnumerable()
            .Select(o => new OrganizationEntry(o.Id, o.Name, KebabCase.ToKebab(o.Kind), o.ParentId, o.CreatedAt)));
        await SectionAsync("people", db.People.AsNoTracking().OrderByDescending(p => p.IsMe).ThenBy(p => p.SearchName).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id).AsAsyncEnumerable()
            .Select(p => new PersonEntry(
                p.Id, p.IsMe, p.Name, p.OrganizationId, p.Position, p.Roles, KebabCase.ToKebab(p.SocialStyle), p.LeadershipStyle, p.PerceivedByOwnTeam, p.PerceivedByOtherTeams,
                p.Emails, p.Phones, p.Links, p.Birthday, p.Notes, p.CreatedAt)));
        await SectionAsync("ties", db.Ties.AsNoTracking().OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).AsAsyncEnumerable()
            .Select(t => new TieEntry(t.Id, t.PersonId, t.OtherPersonId, KebabCase.ToKebab(t.Kind), t.Power, t.Interest, KebabCase.ToKebab(t.Attitude), t.Notes, t.CreatedAt)));
        await SectionAsync("standingInterests", db.StandingInterests.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Description).ThenBy(s => s.Id).AsAsyncEnumerable()
            .Select(s => new StandingInterestEntry(s.Id, s.Description, s.Importance, s.CreatedAt)));
        var typology = await TypologyAsync(db, cancellationToken);
        await SectionAsync("typology", typology.ToAsyncEnumerable());
        await SectionAsync("relationships", RelationshipsAsync(db, cancellationToken));
        var traitOrder = typology.SelectMany(t => t.Traits ?? []).Select((t, i) => (t.Id, i)).ToDictionary(t => t.Id, t => t.i);
        await SectionAsync("assessments", db.Assessments.AsNoTracking().Include(a => a.Traits).OrderBy(a => a.AssessedAt).ThenBy(a => a.Id).AsAsyncEnumerable()
            .Select(a => new AssessmentEntry(a.Id, a.PersonId, a.AssessedAt, a.Notes, [.. a.Traits.Select(t => t.TraitId).OrderBy(id => traitOrder.GetValueOrDefault(id, int.MaxValue))])));
        await SectionAsync("lessons", db.Lessons.AsNoTracking().OrderBy(l => l.LearnedAt).ThenBy(l => l.WhatHappened).ThenBy(l => l.Id).AsAsyncEnumerable()
            .Select(l => new LessonEntry(l.Id, KebabCase.ToKebab(l.Role), l.RelationshipId, l.WhatHappened, l.WhatWeLearned, l.Action, l.LearnedAt)));
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await pipe.CompleteAsync();
    }

    private static async Task<WorkspaceEntry> WorkspaceAsync(AliadoDbContext db, CancellationToken cancellationToken)
    {
        var workspace = await db.Workspaces.AsNoTracking().SingleAsync(w => w.Id == db.CurrentWorkspaceId, cancellationToken);
        return new WorkspaceEntry(
            workspace.Name,
            new VerdictPolicyEntry((int)Math.Round(workspace.MinimumCoincidenceShare * 100), workspace.WantedImportance),
            new HealthPolicyEntry(workspace.StalePulseDays, workspace.WatchStreak, workspace.AtRiskStreak));
    }

    private static async Task<List<ClientTypeEntry>> TypologyAsync(AliadoDbContext db, CancellationToken cancellationToken)
    {
        var types = await db.ClientTypes.AsNoTracking().Include(t => t.Traits).OrderBy(t => t.Position).ThenBy(t => t.Key).ToListAsync(cancellationToken);
        return [.. types.Select(t => new ClientTypeEntry(
            t.Id, t.Key, t.IsTarget, t.IsDefault, t.Retired, t.Name, t.Description, t.Guidance,
            [.. t.Traits.OrderBy(r => r.Position).ThenBy(r => r.Key).ThenBy(r => r.Text).Select(r => new TraitEntry(r.Id, r.Key, r.Retired, r.Text, r.SuggestedAction))]))];
    }

    /// <summary>A batch of relationships and everything recorded in them: eight queries per batch, whatever its size.</summary>
    private static async IAsyncEnumerable<RelationshipEntry> RelationshipsAsync(AliadoDbContext db, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await db.Relationships.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(RelationshipBatch))
        {
            var relationships = await db.Relationships.AsNoTracking().Where(r => batch.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
            var interests = (await db.Interests.AsNoTracking().Where(i => batch.Contains(i.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(i => i.RelationshipId);
            var offerings = (await db.Offerings.AsNoTracking().Include(o => o.Serves).Where(o => batch.Contains(o.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(o => o.RelationshipId);
            var coincidences = (await db.Coincidences.AsNoTracking().Where(c => batch.Contains(c.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(c => c.RelationshipId);
            var interactions = (await db.Interactions.AsNoTracking().Include(i => i.Reinforced).Where(i => batch.Contains(i.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(i => i.RelationshipId);
            var proposals = (await db.Proposals.AsNoTracking().Include(p => p.Interests).Include(p => p.Offerings).AsSplitQuery().Where(p => batch.Contains(p.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(p => p.RelationshipId);
            var pulses = (await db.Pulses.AsNoTracking().Where(p => batch.Contains(p.RelationshipId)).ToListAsync(cancellationToken)).ToLookup(p => p.RelationshipId);
            foreach (var id in batch.Where(relationships.ContainsKey))
            {
                yield return Entry(relationships[id], interests[id], offerings[id], coincidences[id], interactions[id], proposals[id], pulses[id]);
            }
        }
    }

    private static RelationshipEntry Entry(
        Relationship r, IEnumerable<Interest> interests, IEnumerable<Offering> offerings, IEnumerable<Coincidence> coincidences,
        IEnumerable<Interaction> interactions, IEnumerable<Proposal> proposals, IEnumerable<Pulse> pulses)
    {
        var orderedInterests = interests.OrderBy(i => i.CreatedAt).ThenBy(i => i.Holder).ThenBy(i => i.Description, StringComparer.Ordinal).ThenBy(i => i.Id).ToList();
        var orderedOfferings = offerings.OrderBy(o => o.CreatedAt).ThenBy(o => o.Description, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();
        // Lists of references follow the order of what they name, which survives an import; ids do not.
        var interestOrder = orderedInterests.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n);
        var offeringOrder = orderedOfferings.Select((o, n) => (o.Id, n)).ToDictionary(x => x.Id, x => x.n);
        List<Guid> ByInterest(IEnumerable<Guid> ids) => [.. ids.OrderBy(id => interestOrder.GetValueOrDefault(id, int.MaxValue))];
        List<Guid> ByOffering(IEnumerable<Guid> ids) => [.. ids.OrderBy(id => offeringOrder.GetValueOrDefault(id, int.MaxValue))];
        var client = (Interest i) => i.Holder == InterestHolder.Client;

        return new RelationshipEntry(
            r.Id, r.ProviderId, r.ClientId, r.ArenaId, KebabCase.ToKebab(r.Kind), KebabCase.ToKebab(r.Authority), r.CadenceDays, r.CreatedAt,
            KebabCase.ToKebab(r.Outcome),
            r.DecisionMade == DecisionState.Pending ? null : new DecisionEntry(KebabCase.ToKebab(r.DecisionMade), r.DecisionOutcome is { } on ? KebabCase.ToKebab(on) : null, r.DecisionReason, r.DecidedAt),
            [.. orderedInterests.Select(i => new InterestEntry(
                i.Id, KebabCase.ToKebab(i.Holder), i.Description,
                client(i) ? KebabCase.ToKebab(i.Scope) : null, client(i) ? KebabCase.ToKebab(i.Visibility) : null,
                i.Importance, client(i) ? i.Confidence : null, i.Evidence, i.CreatedAt))],
            [.. orderedOfferings.Select(o => new OfferingEntry(
                o.Id, o.Description, KebabCase.ToKebab(o.ClientBuys), KebabCase.ToKebab(o.PerceivedValue), KebabCase.ToKebab(o.Willingness), ByInterest(o.Serves.Select(s => s.InterestId)), o.CreatedAt))],
            [.. coincidences.OrderBy(c => c.CreatedAt).ThenBy(c => interestOrder.GetValueOrDefault(c.ProviderInterestId)).ThenBy(c => interestOrder.GetValueOrDefault(c.ClientInterestId))
                .Select(c => new CoincidenceEntry(c.Id, c.ProviderInterestId, c.ClientInterestId, KebabCase.ToKebab(c.Strength), c.CreatedAt))],
            [.. interactions.OrderBy(i => i.OccurredAt).ThenBy(i => i.Summary, StringComparer.Ordinal).ThenBy(i => i.Id)
                .Select(i => new InteractionEntry(i.Id, i.OccurredAt, KebabCase.ToKebab(i.Channel), i.Summary, i.NextSteps, i.Listening, i.Clarity, i.Empathy, ByInterest(i.Reinforced.Select(x => x.InterestId))))],
            [.. proposals.OrderBy(p => p.ProposedAt).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Id)
                .Select(p => new ProposalEntry(
                    p.Id, p.Title, p.Pitch, p.ProposedAt, ByInterest(p.Interests.Select(x => x.InterestId)), ByOffering(p.Offerings.Select(x => x.OfferingId)),
                    p.Answer == Answer.Pending ? null : new AnswerEntry(KebabCase.ToKebab(p.Answer), p.AnsweredAt, p.Reaction is { } reaction ? KebabCase.ToKebab(reaction) : null, p.Behind)))],
            [.. pulses.OrderBy(p => p.TakenAt).ThenBy(p => p.Source).ThenBy(p => p.Id)
                .Select(p => new PulseEntry(p.Id, p.TakenAt, KebabCase.ToKebab(p.Source), p.OnTheirSide, p.GettingWhatTheyBuy, p.Evidence, p.Credibility, p.Reliability, p.Intimacy, p.SelfOrientation))]);
    }
}

/// <summary>How the document is written and read: camelCase names, no nulls left out, so every field is visible.</summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
