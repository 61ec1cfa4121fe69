using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Organizations;

[EditorsOnlyPage]
public sealed class DeleteModel(AliadoDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public OrganizationDto? Organization { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Organization = await Organizations.ByIdAsync(db, id, cancellationToken);
        return Organization is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await Organizations.DeleteAsync(db, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["organizations.deleted"].Value;
        return Redirect("/organizations");
    }
}
