using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Features.Typology;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.People;

/// <summary>Corrects or deletes one assessment of a person.</summary>
[EditorsOnlyPage]
public sealed class EditAssessmentModel(AliadoDbContext database, WorkspaceScope scope, CurrentWorkspace workspace, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(database, scope)
{
    [BindProperty]
    public AssessmentForm Assessment { get; set; } = new();

    public Guid PersonId { get; private set; }

    public string PersonName { get; private set; } = string.Empty;

    public TypologyView? Typology { get; private set; }

    public IReadOnlySet<Guid> AlreadyTicked { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var assessment = await Assessments.ByIdAsync(Db, id, cancellationToken);
        if (assessment is null)
        {
            return NotFound();
        }
        Assessment = new AssessmentForm { AssessedAt = time.Local(assessment.AssessedAt), TraitIds = [.. assessment.Traits.Select(t => t.TraitId)], Notes = assessment.Notes };
        await LoadVersionAsync<Core.Typology.Assessment>(id, cancellationToken);
        await LoadAsync(assessment, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var assessment = await Assessments.ByIdAsync(Db, id, cancellationToken);
        if (assessment is null)
        {
            return NotFound();
        }
        if (await this.ShowAsync(await SaveAsync(id, () => Assessments.UpdateAsync(Db, clock, id, Assessment.ToDraft(time), cancellationToken), cancellationToken), localizer, nameof(Assessment), _ => this.Flash(localizer["assessment.saved"].Value, $"/people/{assessment.PersonId}#assessments")) is { } shown)
        {
            return shown;
        }
        await LoadAsync(assessment, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var personId = await Db.Assessments.Where(a => a.Id == id).Select(a => (Guid?)a.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (personId is null || !await Assessments.RemoveAsync(Db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["record.trashed"].Value;
        return Redirect($"/people/{personId}#assessments");
    }

    private async Task LoadAsync(Core.Typology.Assessment assessment, CancellationToken cancellationToken)
    {
        PersonId = assessment.PersonId;
        PersonName = await Db.People.Where(p => p.Id == assessment.PersonId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        Typology = await Assessments.ViewAsync(Db, workspace, localizer, cancellationToken);
        AlreadyTicked = assessment.Traits.Select(t => t.TraitId).ToHashSet();
    }
}
