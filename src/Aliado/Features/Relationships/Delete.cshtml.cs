using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

public sealed class DeleteModel(AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RelationshipDto? Relationship { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!workspace.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Relationship = await Relationships.ByIdAsync(db, id, cancellationToken);
        return Relationship is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!workspace.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!await Relationships.DeleteAsync(db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["relationships.deleted"].Value;
        return Redirect("/relationships");
    }
}
