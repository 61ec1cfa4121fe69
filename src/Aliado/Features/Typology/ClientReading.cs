using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Typology;

public sealed record ClosestTypeDto(ClientTypeDto Type, double Share, int Observed, int Of);

/// <summary>
/// What the latest assessment of a person says where it matters (the relationship page and the brief):
/// first their progress toward the imperfect questioner and the next thing to try, then the types they
/// are honestly closest to.
/// </summary>
public sealed record ClientReadingDto(DateTime AssessedAt, double TargetProgress, string? TargetName, TraitDto? NextAction, IReadOnlyList<ClosestTypeDto> Closest);

public static class ClientReading
{
    /// <summary>Null until the person has been assessed.</summary>
    public static async Task<ClientReadingDto?> ReadAsync(AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer localizer, Guid personId, CancellationToken cancellationToken)
    {
        var latest = await db.Assessments.AsNoTracking().Include(a => a.Traits).Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.AssessedAt).ThenByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }
        return Read(latest, await ClientTypes.AllAsync(db, workspace, cancellationToken), localizer);
    }

    /// <summary>The reading of one known assessment, in two statements: an assessment's traits imply the workspace's types exist.</summary>
    public static async Task<ClientReadingDto?> OfAssessmentAsync(AliadoDbContext db, IStringLocalizer localizer, Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Traits).FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        return assessment is null
            ? null
            : Read(assessment, await ClientTypes.WithTraits(db).AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Id).ToListAsync(cancellationToken), localizer);
    }

    private static ClientReadingDto Read(Assessment latest, List<ClientType> types, IStringLocalizer localizer)
    {
        var view = new TypologyView(types, localizer);
        var profiles = types.Select(TypeProfile.Of).ToList();
        var observed = latest.Traits.Select(t => t.TraitId).ToList();
        return new ClientReadingDto(
            latest.AssessedAt,
            Typing.Progress(profiles, observed),
            view.Target?.Name,
            view.Plan(latest).FirstOrDefault(t => t.SuggestedAction is not null),
            [.. Typing.Closest(profiles, observed).Select(s => new ClosestTypeDto(view.Type(s.ClientTypeId), s.Share, s.Observed, s.Of))]);
    }
}
