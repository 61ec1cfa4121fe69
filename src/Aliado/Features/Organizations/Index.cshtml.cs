using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Organizations;

public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public PagedList<OrganizationDto> Result { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public bool CanEdit => workspace.CanEdit;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await Organizations.FindAsync(db, Q, PageRequest.From(PageNumber, PageRequest.DefaultSize), cancellationToken);
}
