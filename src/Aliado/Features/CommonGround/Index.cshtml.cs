using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.CommonGround;

/// <summary>Step 4: where my interests meet the client's (coincidences) and what I can give them (offerings).</summary>
[EditorsOnlyPage]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, Said said, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CoincidenceForm Link { get; set; } = new();

    [BindProperty]
    public OfferingForm Offering { get; set; } = new();

    public IActionResult OnGet(Guid id) => Redirect($"/relationships/{id}#step-4");

    public Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.Link, Link,
            () => CaseEntries.LinkAsync(db, workspace, id, Link.ToDraft(), cancellationToken),
            linked => said.AfterAsync(id, linked), localizer);

    public Task<IActionResult> OnPostOfferingAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.Offering, Offering,
            () => CaseEntries.AddOfferingAsync(db, workspace, id, Offering.ToDraft(), cancellationToken),
            added => said.AfterAsync(id, added), localizer);

    /// <summary>Removes a coincidence at once: nothing hangs on it. Interests and offerings go through their edit page, which names what goes with them.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid? coincidenceId, CancellationToken cancellationToken)
    {
        if (coincidenceId is not { } c || !await CaseEntries.UnlinkAsync(db, c, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["relationship.removed"].Value;
        return Redirect($"/relationships/{id}#step-4");
    }
}
