using System.Text.Json;
using Aliado.Core;
using Aliado.Core.Relationships;
using Aliado.Core.Running;
using Aliado.Core.Workspaces;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Features.Exports;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.Imports;

/// <summary>How many records of each kind a workspace document brought.</summary>
public sealed record WorkspaceImportDto(int Organizations, int People, int Ties, int StandingInterests, int ClientTypes, int Relationships, int Assessments, int Lessons);

/// <summary>
/// Takes a whole <see cref="WorkspaceDocument"/> into an empty workspace (nobody in it but "me"): the
/// exporter's "me" becomes the importer's, every record gets a new id, and every record is checked by the
/// same rules as when it is typed in. One transaction: a document with any error writes nothing, and
/// lists the errors with their place in the document (<c>relationships[2].interests[0].importance</c>),
/// section by section: later sections name earlier records, so they are checked once those are right.
/// </summary>
public sealed partial class WorkspaceImport(AliadoDbContext db, TimeProvider clock, Platform.OperatorLog log)
{
    public const string NotEmpty = "import.workspace-not-empty";

    /// <summary>Enough to mend a document by hand; a document with more is not worth listing whole.</summary>
    public const int MaxErrors = 100;

    public const string InvalidJson = "invalid-json";

    public const string NotInDocument = "not-in-document";

    /// <summary>Reads the document from <paramref name="json"/> and imports it; a stream that is not one is refused like any other error.</summary>
    public async Task<Outcome<WorkspaceImportDto>> RunAsync(Guid workspaceId, Stream json, CancellationToken cancellationToken)
    {
        WorkspaceDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<WorkspaceDocument>(json, DocumentJson.Options, cancellationToken);
        }
        catch (JsonException unreadable)
        {
            var field = unreadable.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "$";
            return Outcome.Unusable<WorkspaceImportDto>([new FieldError(field, InvalidJson, (unreadable.LineNumber ?? 0) + 1)]);
        }
        return document is null
            ? Outcome.Unusable<WorkspaceImportDto>([new FieldError("$", InvalidJson, 1)])
            : await RunAsync(workspaceId, document, cancellationToken);
    }

    public async Task<Outcome<WorkspaceImportDto>> RunAsync(Guid workspaceId, WorkspaceDocument document, CancellationToken cancellationToken)
    {
        var run = new Run(db, workspaceId, clock.GetUtcNow().UtcDateTime);
        var (name, verdictPolicy, healthPolicy) = run.Header(document);
        if (run.Errors.Count > 0)
        {
            return Outcome.Unusable<WorkspaceImportDto>(run.Errors);
        }
        await using var transaction = await UnitOfWork.BeginAsync(db, cancellationToken);
        using var importing = db.Importing(WorkspaceDocument.FormatName);
        // Every verdict and summary is worked out once at the end (WorkOutAsync), not after each step.
        using var workedOutLater = db.DeferRelationshipUpkeep();
        // Writing the workspace first makes an import started at the same moment wait here, then find the workspace no longer empty.
        await db.Workspaces.Where(w => w.Id == workspaceId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, name), cancellationToken);
        if (!await IsEmptyAsync(cancellationToken))
        {
            return Outcome.Refused<WorkspaceImportDto>(NotEmpty);
        }
        var workspace = await db.Workspaces.SingleAsync(w => w.Id == workspaceId, cancellationToken);
        workspace.Tune(verdictPolicy);
        workspace.Tune(healthPolicy);

        Func<Task>[] steps =
        [
            () => { run.Organizations(document.Organizations ?? []); return Task.CompletedTask; },
            async () => run.People(document.People ?? [], await db.People.SingleOrDefaultAsync(p => p.IsMe, cancellationToken)),
            () => { run.Ties(document.Ties ?? []); return Task.CompletedTask; },
            () => { run.StandingInterests(document.StandingInterests ?? []); return Task.CompletedTask; },
            () => run.TypologyAsync(document.Typology ?? [], cancellationToken),
            () => { run.Relationships(document.Relationships ?? []); return Task.CompletedTask; },
            () => { run.Assessments(document.Assessments ?? []); return Task.CompletedTask; },
            () => { run.Lessons(document.Lessons ?? []); return Task.CompletedTask; },
        ];
        foreach (var step in steps)
        {
            await step();
            if (run.Errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return Outcome.Unusable<WorkspaceImportDto>(run.Errors);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await WorkOutAsync(run, verdictPolicy, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        log.Imported("workspace", workspaceId, run.Counts.People + run.Counts.Relationships, 0, 0);
        return Outcome.Done(run.Counts);
    }

    /// <summary>Verdicts, running summaries and decisions: worked out from what was imported, never taken on trust.</summary>
    private async Task WorkOutAsync(Run run, VerdictPolicyDraft verdictPolicy, CancellationToken cancellationToken)
    {
        await CaseFile.RecomputeAllAsync(db, new VerdictPolicy(verdictPolicy.MinimumCoincidencePercent!.Value / 100.0, verdictPolicy.WantedImportance!.Value), cancellationToken);
        foreach (var relationship in db.ChangeTracker.Entries<Relationship>().Select(e => e.Entity).ToList())
        {
            relationship.Refresh(await Aliado.Data.Relationships.RelationshipUpkeep.RunningFactsAsync(db, relationship.Id, cancellationToken));
            if (run.Decisions.TryGetValue(relationship.Id, out var decision))
            {
                relationship.Restore(decision);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Nobody but "me", and nothing the user made: the only kind of workspace a document goes into.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        !await db.People.AnyAsync(p => !p.IsMe, cancellationToken)
        && !await db.Organizations.AnyAsync(cancellationToken)
        && !await db.Relationships.AnyAsync(cancellationToken)
        && !await db.StandingInterests.AnyAsync(cancellationToken)
        && !await db.Lessons.AnyAsync(cancellationToken)
        && !await db.Assessments.AnyAsync(cancellationToken)
        // The catalogue as it comes is not the user's work; a rewritten or added type is.
        && !await db.ClientTypes.AnyAsync(t => !t.IsDefault || t.Retired || t.Name != null || t.Description != null || t.Guidance != null, cancellationToken)
        && !await db.Traits.AnyAsync(t => t.Key == null || t.Retired || t.Text != null || t.SuggestedAction != null, cancellationToken);

    /// <summary>One import: the ids given so far, and the errors found, each named by its place in the document.</summary>
    private sealed partial class Run(AliadoDbContext db, Guid workspaceId, DateTime now)
    {
        private readonly Dictionary<Guid, Guid> _organizations = [];
        private readonly Dictionary<Guid, Guid> _people = [];
        private readonly Dictionary<Guid, Guid> _relationships = [];
        private readonly Dictionary<Guid, Guid> _traits = [];
        private readonly List<FieldError> _errors = [];

        public List<FieldError> Errors => _errors;

        public Dictionary<Guid, Decision> Decisions { get; } = [];

        public WorkspaceImportDto Counts { get; private set; } = new(0, 0, 0, 0, 0, 0, 0, 0);

        public (string Name, VerdictPolicyDraft Verdict, HealthPolicyDraft Health) Header(WorkspaceDocument document)
        {
            if (document.Format != WorkspaceDocument.FormatName)
            {
                Fail("format", ErrorCodes.OneOf, WorkspaceDocument.FormatName);
            }
            if (document.Version is < 1 or > WorkspaceDocument.CurrentVersion)
            {
                Fail("version", ErrorCodes.OutOfRange, 1, WorkspaceDocument.CurrentVersion);
            }
            var entry = document.Workspace;
            Add("workspace.", new Check().Required("name", entry?.Name).MaxLength("name", entry?.Name, Limits.Name).Errors);
            var verdict = new VerdictPolicyDraft(
                entry?.VerdictPolicy?.MinimumCoincidencePercent ?? (int)Math.Round(VerdictPolicy.Default.MinimumCoincidenceShare * 100),
                entry?.VerdictPolicy?.WantedImportance ?? VerdictPolicy.Default.WantedImportance);
            Add("workspace.verdictPolicy.", verdict.Validate());
            var defaults = HealthPolicy.Default;
            var health = new HealthPolicyDraft(
                entry?.HealthPolicy?.StalePulseDays ?? defaults.StalePulseDays,
                entry?.HealthPolicy?.WatchStreak ?? defaults.WatchStreak,
                entry?.HealthPolicy?.AtRiskStreak ?? defaults.AtRiskStreak);
            Add("workspace.healthPolicy.", health.Validate(defaults.WatchStreak, defaults.AtRiskStreak));
            return (entry?.Name?.Trim() ?? string.Empty, verdict, health);
        }

        private AliadoDbContext Db => db;

        private Guid WorkspaceId => workspaceId;

        private DateTime Now => now;

        /// <summary>
        /// The new id of what the document calls <paramref name="id"/>; null, and an error, when it names
        /// nothing. A record of the document that was itself refused has its own error, so naming it adds none.
        /// </summary>
        private Guid? Find(Dictionary<Guid, Guid> ids, Guid? id, string field, HashSet<Guid>? inDocument = null) =>
            id is not { } wanted ? null
            : ids.TryGetValue(wanted, out var found) ? found
            : inDocument?.Contains(wanted) == true ? null
            : Missing(field);

        private Guid? Missing(string field)
        {
            Fail(field, NotInDocument);
            return null;
        }

        private bool Fresh(Dictionary<Guid, Guid> seen, Guid id, string field)
        {
            if (!seen.ContainsKey(id))
            {
                return true;
            }
            Fail(field, ErrorCodes.Duplicate);
            return false;
        }

        /// <summary>Creation times travel with the records, so the lists keep their order and the history its dates.</summary>
        private static void Added<T>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<T> entry, DateTime createdAt)
            where T : class
        {
            if (createdAt.Year is >= Check.FirstYear and <= Check.LastYear)
            {
                entry.Property("CreatedAt").CurrentValue = createdAt.ToUniversalTime();
            }
        }

        /// <summary>
        /// The errors of the values read from the file's text, then the draft's own on other fields: a value
        /// that named no choice is reported once ("one of …"), not again as missing.
        /// </summary>
        private static FieldError[] Together(Check read, IReadOnlyList<FieldError> validated) =>
            [.. read.Errors, .. validated.Where(e => read.Errors.All(r => r.Field != e.Field))];

        private bool Valid(string prefix, IReadOnlyList<FieldError> errors)
        {
            Add(prefix, errors);
            return errors.Count == 0;
        }

        private void Add(string prefix, IReadOnlyList<FieldError> errors)
        {
            foreach (var error in errors)
            {
                Fail(prefix + error.Field, error.Code, error.Arguments);
            }
        }

        private void Fail(string field, string code, params object[] arguments)
        {
            if (_errors.Count < MaxErrors)
            {
                _errors.Add(new FieldError(field, code, arguments));
            }
        }
    }
}
