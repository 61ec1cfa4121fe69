using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Trash;

/// <summary>The trash: restore what was deleted, or delete it for good after naming it once more.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public PagedList<TrashItemDto> Entries { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public Pager Pager => new("/trash", Entries.Page, Entries.TotalPages, null);

    public bool CanEdit => workspace.CanEdit;

    /// <summary>The entry whose final deletion is being confirmed, when there is one.</summary>
    public TrashItemDto? Confirming { get; private set; }

    public async Task OnGetAsync(int? page, Guid? confirm, CancellationToken cancellationToken)
    {
        Entries = await TrashCan.ListAsync(db, PageRequest.From(page, null), cancellationToken);
        if (confirm is { } id && CanEdit)
        {
            Confirming = await TrashCan.FindAsync(db, id, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var name = (await TrashCan.FindAsync(db, entryId, cancellationToken))?.Name;
        switch (await TrashCan.RestoreAsync(db, entryId, cancellationToken))
        {
            case Outcome<RestoredDto>.Done done:
                TempData["Flash"] = localizer["trash.restored", name ?? string.Empty].Value;
                return Redirect(done.Value.Location);
            case Outcome<RestoredDto>.Refused refused:
                TempData["Flash"] = localizer[refused.MessageKey].Value;
                return RedirectToPage();
            default:
                TempData["Flash"] = localizer["trash.gone"].Value;
                return RedirectToPage();
        }
    }

    public async Task<IActionResult> OnPostPurgeAsync(Guid entryId, CancellationToken cancellationToken)
    {
        await TrashCan.PurgeAsync(db, entryId, cancellationToken);
        TempData["Flash"] = localizer["trash.purged"].Value;
        return RedirectToPage();
    }
}
