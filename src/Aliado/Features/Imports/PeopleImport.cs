using Aliado.Core;
using Aliado.Core.People;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Data.People;
using Aliado.Exchange.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Imports;

public sealed record SkippedContact(int Record, string Reason);

/// <summary>One of the first rows of a file and what happens to it, for the preview.</summary>
public sealed record ImportedRow(int Record, string? Name, string Outcome, string? Into, string? Reason);

/// <summary>What an import did (or, on a dry run, would do); <see cref="PeopleIds"/> in file order, each once.</summary>
public sealed record ImportSummary(string Format, int Created, int Merged, IReadOnlyList<SkippedContact> Skipped, IReadOnlyList<Guid> PeopleIds, IReadOnlyList<ImportedRow> Sample);

/// <summary>
/// Brings a contacts file into a workspace. A contact whose e-mail, or whose exact name and organization,
/// matches a person already there (or earlier in the file) is merged into that person — empty fields
/// filled, addresses added — never duplicated, so importing the same file twice creates nobody the second
/// time. Everything the file holds beyond a person's fields lands in their notes under one heading.
/// The file is read twice: once to make sure all of it reads, then in batches inside one transaction, so
/// a broken file writes nothing and a file of any length is never held in memory whole.
/// </summary>
public sealed class PeopleImport(AliadoDbContext db, IStringLocalizer<SharedResource> localizer, Platform.OperatorLog log)
{
    public const int BatchSize = 500;

    public const string NoName = "no-name";

    /// <summary>The preview lists the file's first rows one by one.</summary>
    public const int SampleSize = 20;

    public async Task<ImportSummary> RunAsync(Guid workspaceId, ContactFile file, bool dryRun, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var total = file.Contacts().Count();
        var words = new NotesWords(localizer["import.notes-heading"].Value, word => localizer[$"import.extra.{word}"] is { ResourceNotFound: false } found ? found.Value : null);
        var run = new Run(workspaceId, dryRun, words, file.Format.Name());
        // One history line per record made ("imported from Google CSV") rather than one per field.
        using var importing = db.Importing(run.Origin);
        await using var transaction = dryRun ? null : await UnitOfWork.BeginAsync(db, cancellationToken);
        foreach (var batch in file.Contacts().Chunk(BatchSize))
        {
            await ImportAsync(run, batch, cancellationToken);
            progress?.Report((run.Done, total));
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            log.Imported($"people ({run.Origin})", workspaceId, run.Created, run.Merged, run.Skipped.Count);
            if (run.Created >= PlannerStatistics.BulkRows)
            {
                await PlannerStatistics.AfterBulkWriteAsync(db, cancellationToken);
            }
        }
        return new ImportSummary(file.Format.Name(), run.Created, run.Merged, run.Skipped, run.People, [.. run.Sample.OrderBy(r => r.Record)]);
    }

    private async Task ImportAsync(Run run, Contact[] batch, CancellationToken cancellationToken)
    {
        var incoming = batch.Select(c => (Contact: c, Draft: ContactDraft.From(c, run.Words))).ToList();
        foreach (var (contact, _) in incoming.Where(i => i.Draft is null))
        {
            run.Skip(contact.Record, NoName);
            run.Show(new ImportedRow(contact.Record, null, "skipped", null, NoName));
        }
        var named = incoming.Where(i => i.Draft is not null).Select(i => (i.Contact, Draft: i.Draft!)).ToList();
        var organizations = await OrganizationsAsync(run, named.Select(n => n.Contact.Organization), cancellationToken);
        var byEmail = await ByEmailAsync(named.SelectMany(n => n.Draft.Emails ?? []), cancellationToken);
        var byName = await ByNameAsync(named.Select(n => TextSearch.Normalize(n.Draft.Name)), cancellationToken);
        var candidates = byEmail.Values.Concat(byName.Select(n => n.Id)).Distinct().ToList();
        var existing = await db.People.Where(p => candidates.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        foreach (var (contact, draft) in named)
        {
            var organizationId = organizations.TryGetValue(TextSearch.Normalize(ContactDraft.Text(contact.Organization)), out var found) ? found : (Guid?)null;
            var match = run.Match(draft, organizationId) ?? Stored(draft, organizationId, byEmail, byName);
            if (match is not { } id)
            {
                var created = Person.Create(run.WorkspaceId, draft with { OrganizationId = organizationId });
                run.Fresh.Add(created);
                run.Pending[created.Id] = created;
                run.Remember(created, merged: false);
                run.Show(new ImportedRow(contact.Record, draft.Name, "created", null, null));
                continue;
            }
            var person = run.Pending.GetValueOrDefault(id) ?? existing.GetValueOrDefault(id)
                ?? (run.DryRun ? null : await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken));
            if (person is null)
            {
                // A dry run merging into someone it would have created in an earlier batch.
                run.Remember(id, draft, organizationId, merged: true);
                run.Show(new ImportedRow(contact.Record, draft.Name, "merged", draft.Name, null));
                continue;
            }
            person.Apply(ContactDraft.MergeInto(person, draft, organizationId));
            if (!run.DryRun && !run.Fresh.Contains(person))
            {
                // A contact that adds nothing leaves the person as they were: no write, no new "updated" time.
                var entry = db.Entry(person);
                entry.DetectChanges();
                if (!entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Person.UpdatedAt)))
                {
                    entry.State = EntityState.Unchanged;
                }
            }
            run.Show(new ImportedRow(contact.Record, draft.Name, "merged", person.Name, null));
            run.Pending[person.Id] = person;
            run.Remember(person, merged: true);
        }
        if (!run.DryRun)
        {
            await db.SaveChangesAsync(cancellationToken);
            // The people made are most of an import's writes: hundreds per statement, with their keys and history line.
            await ImportedPeople.InsertAsync(db, [.. run.Fresh], run.Origin, cancellationToken);
        }
        db.ChangeTracker.Clear();
        run.Pending.Clear();
        run.Fresh.Clear();
    }

    /// <summary>A person already in the workspace with one of the draft's e-mails, else with its exact name and organization.</summary>
    private static Guid? Stored(PersonDraft draft, Guid? organizationId, Dictionary<string, Guid> byEmail, List<(Guid Id, string SearchName, Guid? OrganizationId)> byName)
    {
        foreach (var email in draft.Emails ?? [])
        {
            if (byEmail.TryGetValue(ContactPoint.EmailKey(email.Value), out var id))
            {
                return id;
            }
        }
        var key = TextSearch.Normalize(draft.Name);
        return byName.Where(n => n.SearchName == key && n.OrganizationId == organizationId).Select(n => (Guid?)n.Id).FirstOrDefault();
    }

    /// <summary>Each organization named in the batch, reused by name or created once.</summary>
    private async Task<Dictionary<string, Guid>> OrganizationsAsync(Run run, IEnumerable<string?> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(ContactDraft.Text).OfType<string>().Select(n => (Name: n, Key: TextSearch.Normalize(n))).Where(n => n.Key.Length > 0)
            .DistinctBy(n => n.Key).Where(n => !run.Organizations.ContainsKey(n.Key)).ToList();
        if (wanted.Count > 0)
        {
            var keys = wanted.Select(w => w.Key).ToList();
            foreach (var found in await db.Organizations.Where(o => keys.Contains(o.SearchName)).Select(o => new { o.SearchName, o.Id }).ToListAsync(cancellationToken))
            {
                run.Organizations.TryAdd(found.SearchName, found.Id);
            }
            foreach (var (name, key) in wanted.Where(w => !run.Organizations.ContainsKey(w.Key)))
            {
                var organization = Organization.Create(run.WorkspaceId, new OrganizationDraft(name.Length > Limits.Name ? name[..Limits.Name] : name));
                if (!run.DryRun)
                {
                    db.Organizations.Add(organization);
                }
                run.Organizations[key] = organization.Id;
            }
        }
        return run.Organizations;
    }

    private async Task<Dictionary<string, Guid>> ByEmailAsync(IEnumerable<ContactPoint> emails, CancellationToken cancellationToken)
    {
        var keys = emails.Select(e => ContactPoint.EmailKey(e.Value)).Distinct().ToList();
        var found = await db.PersonEmailKeys.Where(k => keys.Contains(k.Email)).Select(k => new { k.Email, k.PersonId }).ToListAsync(cancellationToken);
        return found.GroupBy(f => f.Email).ToDictionary(g => g.Key, g => g.First().PersonId);
    }

    private async Task<List<(Guid Id, string SearchName, Guid? OrganizationId)>> ByNameAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var keys = names.Distinct().ToList();
        var found = await db.People.Where(p => keys.Contains(p.SearchName) && !p.IsMe)
            .Select(p => new { p.Id, p.SearchName, p.OrganizationId }).ToListAsync(cancellationToken);
        return [.. found.Select(f => (f.Id, f.SearchName, f.OrganizationId))];
    }

    /// <summary>What one import has seen so far: keys of the people it made or merged, counts, skips.</summary>
    private sealed class Run(Guid workspaceId, bool dryRun, NotesWords words, string origin)
    {
        private readonly Dictionary<string, Guid> _emails = [];
        private readonly Dictionary<(string Name, Guid? Organization), Guid> _names = [];
        private readonly HashSet<Guid> _listed = [];

        public Guid WorkspaceId { get; } = workspaceId;

        public bool DryRun { get; } = dryRun;

        public NotesWords Words { get; } = words;

        public string Origin { get; } = origin;

        /// <summary>People made in the current batch, written together once the batch is read.</summary>
        public HashSet<Person> Fresh { get; } = [];

        public Dictionary<string, Guid> Organizations { get; } = [];

        /// <summary>People made or changed in the current batch, not yet saved.</summary>
        public Dictionary<Guid, Person> Pending { get; } = [];

        public List<SkippedContact> Skipped { get; } = [];

        public List<Guid> People { get; } = [];

        public List<ImportedRow> Sample { get; } = [];

        public int Created { get; private set; }

        public int Merged { get; private set; }

        public int Done { get; private set; }

        public void Show(ImportedRow row)
        {
            if (row.Record <= SampleSize)
            {
                Sample.Add(row);
            }
        }

        public void Skip(int record, string reason)
        {
            Skipped.Add(new SkippedContact(record, reason));
            Done++;
        }

        /// <summary>A person this import already made or merged, found by any e-mail or by name and organization.</summary>
        public Guid? Match(PersonDraft draft, Guid? organizationId)
        {
            foreach (var email in draft.Emails ?? [])
            {
                if (_emails.TryGetValue(ContactPoint.EmailKey(email.Value), out var id))
                {
                    return id;
                }
            }
            return _names.TryGetValue((TextSearch.Normalize(draft.Name), organizationId), out var named) ? named : null;
        }

        public void Remember(Person person, bool merged) => Remember(person.Id, new PersonDraft(person.Name, Emails: person.Emails), person.OrganizationId, merged);

        public void Remember(Guid id, PersonDraft draft, Guid? organizationId, bool merged)
        {
            foreach (var email in draft.Emails ?? [])
            {
                _emails.TryAdd(ContactPoint.EmailKey(email.Value), id);
            }
            _names.TryAdd((TextSearch.Normalize(draft.Name), organizationId), id);
            if (_listed.Add(id))
            {
                People.Add(id);
            }
            if (merged)
            {
                Merged++;
            }
            else
            {
                Created++;
            }
            Done++;
        }
    }
}
