using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

[EditorsOnlyPage]
public sealed class DeleteModel(AliadoDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public RelationshipDto? Relationship { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Relationship = await Relationships.ByIdAsync(db, clock, id, cancellationToken);
        return Relationship is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Relationships.DeleteAsync(db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["relationships.deleted"].Value;
        return Redirect("/relationships");
    }
}
