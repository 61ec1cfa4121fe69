using Aliado.Core;
using Aliado.Core.People;
using Aliado.Features.Exports;
using Aliado.Platform;

namespace Aliado.Features.Imports;

/// <summary>The directory of a workspace document: organizations, people (me among them) and the ties between them.</summary>
public sealed partial class WorkspaceImport
{
    private sealed partial class Run
    {
        public void Organizations(IReadOnlyList<OrganizationEntry> entries)
        {
            var made = new List<(int Index, OrganizationEntry Entry, Organization Organization)>();
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                var kind = new Check();
                var draft = new OrganizationDraft(entry.Name, kind.Read<OrganizationKind>("kind", entry.Kind));
                if (Valid($"organizations[{i}].", Together(kind, draft.Validate())) && Fresh(_organizations, entry.Id, $"organizations[{i}].id"))
                {
                    var organization = Organization.Create(workspaceId, draft);
                    Added(db.Organizations.Add(organization), entry.CreatedAt);
                    _organizations[entry.Id] = organization.Id;
                    made.Add((i, entry, organization));
                }
            }
            var parents = entries.Where(e => e.ParentId is not null).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First().ParentId);
            foreach (var (i, entry, organization) in made.Where(m => m.Entry.ParentId is not null))
            {
                var field = $"organizations[{i}].parentId";
                if (Find(_organizations, entry.ParentId, field, inDocument: parents.Keys.Concat(entries.Select(e => e.Id)).ToHashSet()) is not { } parentId)
                {
                    continue;
                }
                if (OrganizationRules.WouldCreateCycle(entry.Id, entry.ParentId, id => parents.GetValueOrDefault(id)))
                {
                    Fail(field, ErrorCodes.OrganizationCycle);
                    continue;
                }
                organization.Apply(new OrganizationDraft(entry.Name, organization.Kind, parentId));
            }
            Counts = Counts with { Organizations = made.Count };
        }

        public void People(IReadOnlyList<PersonEntry> entries, Person? me)
        {
            var mine = entries.Select((e, i) => (e, i)).Where(x => x.e.IsMe).ToList();
            foreach (var (_, i) in mine.Skip(1))
            {
                Fail($"people[{i}].isMe", ErrorCodes.Duplicate);
            }
            var created = 0;
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                var style = new Check();
                var draft = new PersonDraft(
                    entry.Name, Find(_organizations, entry.OrganizationId, $"people[{i}].organizationId"), entry.Position, entry.Roles, style.Read<SocialStyle>("socialStyle", entry.SocialStyle),
                    entry.LeadershipStyle, entry.PerceivedByOwnTeam, entry.PerceivedByOtherTeams, Notes: entry.Notes,
                    Emails: entry.Emails ?? [], Phones: entry.Phones ?? [], Links: entry.Links ?? [], Birthday: entry.Birthday ?? string.Empty);
                if (!Valid($"people[{i}].", Together(style, draft.Validate())) || !Fresh(_people, entry.Id, $"people[{i}].id"))
                {
                    continue;
                }
                if (entry.IsMe && me is not null)
                {
                    me.Apply(draft);
                    _people[entry.Id] = me.Id;
                    continue;
                }
                var person = Person.Create(workspaceId, draft);
                Added(db.People.Add(person), entry.CreatedAt);
                _people[entry.Id] = person.Id;
                created++;
            }
            Counts = Counts with { People = created };
        }

        public void Ties(IReadOnlyList<TieEntry> entries)
        {
            var links = new HashSet<(Guid, Guid, TieKind)>();
            foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            {
                var personId = Find(_people, entry.PersonId, $"ties[{i}].personId");
                var choices = new Check();
                var draft = new TieDraft(
                    Find(_people, entry.OtherPersonId, $"ties[{i}].otherPersonId"), choices.Read<TieKind>("kind", entry.Kind),
                    entry.Power, entry.Interest, choices.Read<Attitude>("attitude", entry.Attitude), entry.Notes);
                if (personId is not { } person || draft.OtherPersonId is null || !Valid($"ties[{i}].", Together(choices, draft.Validate(person))))
                {
                    continue;
                }
                var tie = Tie.Create(workspaceId, person, draft);
                if (!links.Add((tie.PersonId, tie.OtherPersonId, tie.Kind)))
                {
                    Fail($"ties[{i}].otherPersonId", ErrorCodes.DuplicateTie);
                    continue;
                }
                Added(db.Ties.Add(tie), entry.CreatedAt);
            }
            Counts = Counts with { Ties = links.Count };
        }
    }
}
