using Aliado.Core;
using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Data.Keeping;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Typology;

public sealed record RankedTypeDto(Guid ClientTypeId, string Key, string Name, double Share, int Observed, int Of);

public sealed record AssessmentDto(Guid Id, Guid PersonId, DateTime AssessedAt, string? Notes, IReadOnlyList<Guid> TraitIds, IReadOnlyList<RankedTypeDto> Ranking, double TargetProgress);

/// <summary>The typology as read for one request: the profiles the ranking needs, and each type's texts.</summary>
public sealed class TypologyView(IReadOnlyList<ClientType> types, IStringLocalizer localizer)
{
    private readonly IReadOnlyList<TypeProfile> _profiles = [.. types.Select(TypeProfile.Of)];
    private readonly Dictionary<Guid, ClientTypeDto> _texts = types.ToDictionary(t => t.Id, t => ClientTypeDto.From(t, localizer));

    public IReadOnlyList<ClientTypeDto> Types => [.. _texts.Values];

    public ClientTypeDto Type(Guid id) => _texts[id];

    public ClientTypeDto? Target => _texts.Values.FirstOrDefault(t => t.IsTarget && !t.Retired);

    public TraitDto? Trait(Guid id) => _texts.Values.SelectMany(t => t.Traits).FirstOrDefault(t => t.Id == id);

    public AssessmentDto Describe(Assessment assessment)
    {
        var observed = assessment.Traits.Select(t => t.TraitId).ToList();
        var ranking = Typing.Rank(_profiles, observed)
            .Select(s => new RankedTypeDto(s.ClientTypeId, _texts[s.ClientTypeId].Key, _texts[s.ClientTypeId].Name, s.Share, s.Observed, s.Of)).ToList();
        return new AssessmentDto(assessment.Id, assessment.PersonId, assessment.AssessedAt, assessment.Notes, observed, ranking, Typing.Progress(_profiles, observed));
    }

    /// <summary>The target traits not observed in this assessment, with what helps a client develop each.</summary>
    public IReadOnlyList<TraitDto> Plan(Assessment assessment) =>
        [.. Typing.Plan(_profiles, assessment.Traits.Select(t => t.TraitId)).Select(id => Trait(id)!)];
}

/// <summary>Assessing a person against the typology, and their history of assessments.</summary>
public static class Assessments
{
    public static async Task<TypologyView> ViewAsync(AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer localizer, CancellationToken cancellationToken) =>
        new(await ClientTypes.AllAsync(db, workspace, cancellationToken), localizer);

    /// <summary>A person's assessments, newest first (empty for a person not in this workspace).</summary>
    public static async Task<PagedList<Assessment>> HistoryAsync(AliadoDbContext db, Guid personId, PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.Assessments.AsNoTracking().Where(a => a.PersonId == personId);
        return await query.Include(a => a.Traits).OrderByDescending(a => a.AssessedAt).ThenByDescending(a => a.Id)
            .ReadPageAsync(() => query.CountAsync(cancellationToken), page, cancellationToken);
    }

    public static async Task<Outcome<Assessment>> AssessAsync(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, Guid personId, AssessmentDraft draft, CancellationToken cancellationToken)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return Outcome.Missing<Assessment>();
        }
        await ClientTypes.EnsureCatalogueAsync(db, workspace, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await CheckAsync(db, draft, now, [], cancellationToken) is { Count: > 0 } errors)
        {
            return Outcome.Invalid<Assessment>(errors);
        }
        var assessment = Assessment.Create(workspace.Id, personId, draft, now);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(assessment);
    }

    /// <summary>Corrects an assessment. A trait retired since may stay ticked; a newly ticked one must be in use.</summary>
    public static async Task<Outcome<Assessment>> UpdateAsync(AliadoDbContext db, TimeProvider clock, Guid id, AssessmentDraft draft, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.Include(a => a.Traits).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return Outcome.Missing<Assessment>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        draft = draft with { AssessedAt = draft.AssessedAt ?? assessment.AssessedAt };
        if (await CheckAsync(db, draft, now, [.. assessment.Traits.Select(t => t.TraitId)], cancellationToken) is { Count: > 0 } errors)
        {
            return Outcome.Invalid<Assessment>(errors);
        }
        assessment.Apply(draft, now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(assessment);
    }

    private static async Task<List<FieldError>> CheckAsync(AliadoDbContext db, AssessmentDraft draft, DateTime now, HashSet<Guid> alreadyTicked, CancellationToken cancellationToken)
    {
        var errors = draft.Validate(now).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }
        var ids = draft.TraitIds!.Distinct().ToList();
        var found = await db.Traits.Where(t => ids.Contains(t.Id))
            .Join(db.ClientTypes, t => t.ClientTypeId, c => c.Id, (t, c) => new { t.Id, t.Retired, TypeRetired = c.Retired })
            .ToListAsync(cancellationToken);
        if (found.Count != ids.Count)
        {
            errors.Add(new FieldError("traitIds", ErrorCodes.NotFound));
        }
        else if (found.Any(t => (t.Retired || t.TypeRetired) && !alreadyTicked.Contains(t.Id)))
        {
            errors.Add(new FieldError("traitIds", ErrorCodes.Retired));
        }
        return errors;
    }

    public static Task<Assessment?> ByIdAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Assessments.AsNoTracking().Include(a => a.Traits).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public static async Task<bool> RemoveAsync(AliadoDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return false;
        }
        var person = await db.People.Where(p => p.Id == assessment.PersonId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        await TrashBin.MoveAsync(db, assessment, $"{person} · {assessment.AssessedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}", cancellationToken);
        return true;
    }
}
