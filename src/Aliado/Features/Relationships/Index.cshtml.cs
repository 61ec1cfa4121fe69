using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.Relationships;

public sealed class IndexModel(AliadoDbContext db, TimeProvider clock, CurrentWorkspace workspace) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public PagedList<RelationshipDto> Result { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public bool CanEdit => workspace.CanEdit;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        VerdictOutcome? outcome = EnumText.TryParse<VerdictOutcome>(Outcome, out var parsed) ? parsed : null;
        Result = await Relationships.FindAsync(db, clock, null, outcome, PageRequest.From(PageNumber, PageRequest.DefaultSize), cancellationToken);
    }
}
