using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

[EditorsOnlyPage]
public sealed class EditOfferingModel(AliadoDbContext database, WorkspaceScope scope, IStringLocalizer<SharedResource> localizer)
    : RecordEditPage(database, scope)
{
    /// <summary>Named like the relationship page's form, so the shared fields post as "Offering.*".</summary>
    [BindProperty]
    public OfferingForm Offering { get; set; } = new();

    public Guid RelationshipId { get; private set; }

    public IReadOnlyList<Interest> ClientInterests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var offering = await Db.Offerings.AsNoTracking().Include(o => o.Serves).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offering is null)
        {
            return NotFound();
        }
        Offering = OfferingForm.From(offering);
        await LoadVersionAsync<Offering>(id, cancellationToken);
        await LoadAsync(offering.RelationshipId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var relationshipId = await Db.Offerings.Where(o => o.Id == id).Select(o => (Guid?)o.RelationshipId).FirstOrDefaultAsync(cancellationToken);
        if (relationshipId is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await SaveAsync(id, () => CaseEntries.UpdateOfferingAsync(Db, id, Offering.ToDraft(), cancellationToken), cancellationToken);
            switch (outcome)
            {
                case null:
                    break;
                case Outcome<OfferingDto>.Done:
                    TempData["Flash"] = localizer["relationship.saved"].Value;
                    return Redirect($"/relationships/{relationshipId}#step-4");
                case Outcome<OfferingDto>.Invalid invalid:
                    ModelState.AddFieldErrors(invalid.Errors, localizer, nameof(Offering));
                    break;
                default:
                    return NotFound();
            }
        }
        await LoadAsync(relationshipId.Value, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid relationshipId, CancellationToken cancellationToken)
    {
        RelationshipId = relationshipId;
        ClientInterests = await Db.Interests.AsNoTracking()
            .Where(i => i.RelationshipId == relationshipId && i.Holder == InterestHolder.Client)
            .OrderByDescending(i => i.Importance).ToListAsync(cancellationToken);
    }
}
