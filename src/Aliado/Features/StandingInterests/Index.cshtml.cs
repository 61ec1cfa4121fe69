using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.StandingInterests;

[EditorsOnlyPage(WritesOnly = true)]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<StandingInterestDto> Items { get; private set; } = [];

    public bool CanEdit => workspace.CanEdit;

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public int? Importance { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await StandingInterests.ListAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        await PresentAsync(await StandingInterests.AddAsync(db, workspace, new StandingInterestDraft(Description, Importance), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostUpdateAsync(Guid standingId, CancellationToken cancellationToken) =>
        await PresentAsync(await StandingInterests.UpdateAsync(db, standingId, new StandingInterestDraft(Description, Importance), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(Guid standingId, CancellationToken cancellationToken)
    {
        if (!await StandingInterests.RemoveAsync(db, standingId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["standing.removed"].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> PresentAsync(Outcome<StandingInterestDto> outcome, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case Outcome<StandingInterestDto>.Done done:
                TempData["Flash"] = localizer["standing.saved", done.Value.Description].Value;
                return RedirectToPage();
            case Outcome<StandingInterestDto>.Invalid invalid:
                ModelState.AddFieldErrors(invalid.Errors, localizer, string.Empty);
                break;
            case Outcome<StandingInterestDto>.Refused refused:
                ModelState.AddModelError(string.Empty, localizer[refused.MessageKey, Core.Relationships.StandingInterestDraft.MaxPerWorkspace]);
                break;
            default:
                return NotFound();
        }
        Items = await StandingInterests.ListAsync(db, cancellationToken);
        return Page();
    }
}
