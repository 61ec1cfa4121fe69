using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Aliado.Features.History;

public sealed class PersonHistoryModel(AliadoDbContext db) : PageModel
{
    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public HistoryDto History { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    public Shared.Pager Pager => new($"/people/{Id}/history", History.Page, (History.Total + History.PageSize - 1) / History.PageSize, null);

    public async Task<IActionResult> OnGetAsync(Guid id, int? page, CancellationToken cancellationToken)
    {
        var name = await db.People.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null || await RecordHistory.OfPersonAsync(db, id, PageRequest.From(page, null), cancellationToken) is not { } history)
        {
            return NotFound();
        }
        (Id, Name, History) = (id, name, history);
        return Page();
    }
}
