using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Core.Typology;
using Aliado.Features.Exports;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Imports;

/// <summary>What a workspace document says was learned: standing interests, client types, assessments and lessons.</summary>
public sealed partial class WorkspaceImport
{
    private sealed partial class Run
    {
        public void StandingInterests(IReadOnlyList<StandingInterestEntry> entries)
        {
            if (entries.Count > StandingInterestDraft.MaxPerWorkspace)
            {
                Fail("standingInterests", ErrorCodes.TooMany, StandingInterestDraft.MaxPerWorkspace);
                return;
            }
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                var draft = new StandingInterestDraft(entry.Description, entry.Importance);
                if (Valid($"standingInterests[{i}].", draft.Validate()))
                {
                    Added(db.StandingInterests.Add(StandingInterest.Create(workspaceId, draft)), entry.CreatedAt);
                }
            }
            Counts = Counts with { StandingInterests = entries.Count };
        }

        /// <summary>Catalogue types are matched by key and take the document's rewrites; the workspace's own types are added.</summary>
        public async Task TypologyAsync(IReadOnlyList<ClientTypeEntry> entries, CancellationToken cancellationToken)
        {
            if (entries.Count == 0)
            {
                return;
            }
            if (entries.Count > ClientType.MaxPerWorkspace)
            {
                Fail("typology", ErrorCodes.TooMany, ClientType.MaxPerWorkspace);
                return;
            }
            var types = await db.ClientTypes.Include(t => t.Traits).ToListAsync(cancellationToken);
            if (types.Count == 0)
            {
                types = [.. Catalogue.Types.Select((type, i) => ClientType.FromCatalogue(workspaceId, type, i))];
                db.ClientTypes.AddRange(types);
            }
            var keys = new HashSet<string>();
            var added = 0;
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                var traits = entry.Traits ?? [];
                var catalogued = entry.IsDefault ? types.FirstOrDefault(t => t.IsDefault && t.Key == entry.Key) : null;
                var draft = new ClientTypeDraft(
                    entry.Key, entry.Name, entry.Description, entry.Guidance,
                    [.. traits.Select(t => new TraitDraft(t.Key is { } key ? catalogued?.Traits.FirstOrDefault(x => x.Key == key)?.Id : null, t.Text, t.SuggestedAction, t.Retired))]);
                if (entry.IsDefault && catalogued is null)
                {
                    Fail($"typology[{i}].key", ErrorCodes.NotFound);
                    continue;
                }
                if (!Valid($"typology[{i}].", draft.Validate(creating: catalogued is null)))
                {
                    continue;
                }
                if (!keys.Add(draft.Key!.Trim()) || (catalogued is null && types.Any(t => t.Key == draft.Key.Trim())))
                {
                    Fail($"typology[{i}].key", ErrorCodes.Duplicate);
                    continue;
                }
                var type = catalogued ?? ClientType.Create(workspaceId, draft with { Traits = null }, i);
                if (catalogued is null)
                {
                    db.ClientTypes.Add(type);
                    added++;
                }
                type.Apply(draft);
                if (entry.Retired)
                {
                    type.Retire();
                }
                // Listed traits take the positions 0, 1, 2… in the order given, which is how each draft finds its trait.
                foreach (var (trait, position) in traits.Select((t, n) => (t, n)))
                {
                    Fresh(_traits, trait.Id, $"typology[{i}].traits[{position}].id");
                    _traits[trait.Id] = type.Traits.Single(t => t.Position == position).Id;
                }
            }
            Counts = Counts with { ClientTypes = added };
        }

        public void Assessments(IReadOnlyList<AssessmentEntry> entries)
        {
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                var at = $"assessments[{i}].";
                var person = Find(_people, entry.PersonId, at + "personId");
                var traits = (entry.TraitIds ?? []).Select((id, n) => Find(_traits, id, $"{at}traitIds[{n}]")).ToList();
                var draft = new AssessmentDraft(entry.AssessedAt, [.. traits.OfType<Guid>()], entry.Notes);
                if (person is { } personId && traits.All(t => t is not null) && Valid(at, draft.Validate(now)))
                {
                    db.Assessments.Add(Assessment.Create(workspaceId, personId, draft, now));
                    Counts = Counts with { Assessments = Counts.Assessments + 1 };
                }
            }
        }

        public void Lessons(IReadOnlyList<LessonEntry> entries)
        {
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                var relationship = Find(_relationships, entry.RelationshipId, $"lessons[{i}].relationshipId");
                var role = new Check();
                var draft = new LessonDraft(role.Read<LessonRole>("role", entry.Role), relationship, entry.WhatHappened, entry.WhatWeLearned, entry.Action, entry.LearnedAt);
                if ((entry.RelationshipId is null || relationship is not null) && Valid($"lessons[{i}].", Together(role, draft.Validate(now))))
                {
                    db.Lessons.Add(Lesson.Create(workspaceId, draft, now));
                    Counts = Counts with { Lessons = Counts.Lessons + 1 };
                }
            }
        }
    }
}
