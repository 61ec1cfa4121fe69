using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>
/// The relationship page: a summary, then the case walked in the method's order, one section per step.
/// The page only reads; each section's forms post to the feature that owns them and come back here.
/// </summary>
public sealed class DetailsModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RelationshipView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RelationshipPage.LoadAsync(db, clock, localizer, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        View = new RelationshipView(page, workspace.CanEdit, KeptForm.Take(TempData, ModelState));
        return Page();
    }
}
