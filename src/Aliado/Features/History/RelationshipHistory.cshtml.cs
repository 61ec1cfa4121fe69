using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.History;

public sealed class RelationshipHistoryModel(AliadoDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public HistoryDto History { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    public Shared.Pager Pager => new($"/relationships/{Id}/history", History.Page, (History.Total + History.PageSize - 1) / History.PageSize, null);

    public async Task<IActionResult> OnGetAsync(Guid id, int? page, CancellationToken cancellationToken)
    {
        var parties = await db.Relationships.Where(r => r.Id == id).Select(r => new { Provider = r.Provider!.Name, Client = r.Client!.Name }).FirstOrDefaultAsync(cancellationToken);
        if (parties is null || await RecordHistory.OfRelationshipAsync(db, id, PageRequest.From(page, null), cancellationToken) is not { } history)
        {
            return NotFound();
        }
        (Id, Name, History) = (id, localizer["relationship.title", parties.Provider, parties.Client], history);
        return Page();
    }
}
